package io.ddbworkbench.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class SignatureV4VerifierTest {
    /** The key pair of the AWS Signature Version 4 test suite. */
    private static final String SUITE_KEY = "AKIDEXAMPLE";
    private static final String SUITE_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static WireRequest suiteRequest(String method, String query) {
        return new WireRequest(method, "/", query, Map.of(
                "Host", "example.amazonaws.com",
                "X-Amz-Date", "20150830T123600Z",
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                        + " SignedHeaders=host;x-amz-date, Signature=unknown"), new byte[0]);
    }

    private static String expectedSignature(WireRequest request) {
        SignatureV4Verifier verifier = new SignatureV4Verifier(SUITE_KEY, SUITE_SECRET);
        return HexFormat.of().formatHex(verifier.sign(SignatureV4.of(request), request));
    }

    @Test
    void buildsTheCanonicalRequestOfTheTestSuitesGetVanilla() {
        WireRequest request = suiteRequest("GET", "");

        assertThat(SignatureV4Verifier.canonicalRequest(SignatureV4.of(request), request)).isEqualTo(
                "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EMPTY_SHA256);
    }

    @Test
    void signsTheTestSuitesVanillaRequestsAsAwsDoes() {
        assertThat(expectedSignature(suiteRequest("GET", "")))
                .isEqualTo("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        assertThat(expectedSignature(suiteRequest("POST", "")))
                .isEqualTo("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
        assertThat(expectedSignature(suiteRequest("GET", "Param2=value2&Param1=value1")))
                .isEqualTo("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    @Test
    void aScopeForAnotherServiceOrTerminatorIsRefusedWithEveryProblemNamed() {
        RequestAuthenticator verifier = RequestAuthenticator.requireCredentials(SUITE_KEY, SUITE_SECRET);
        WireRequest request = new WireRequest("POST", "/", Map.of(
                "Host", "localhost", "X-Amz-Date", "20150830T123600Z",
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150831/us-east-1/service/e,"
                        + " SignedHeaders=host;x-amz-date, Signature=abc"), new byte[0]);

        assertThatThrownBy(() -> verifier.authenticate(request))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SIGNATURE))
                .hasMessage("Credential should be scoped to correct service: 'dynamodb'. "
                        + "Credential should be scoped with a valid terminator: 'aws4_request', not 'e'. "
                        + "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
                        + " '20150831' != '20150830', from '20150830T123600Z'.");
    }

    @Test
    void aTamperedBodyNoLongerMatchesItsSignature() {
        RequestAuthenticator verifier = RequestAuthenticator.requireCredentials(SUITE_KEY, SUITE_SECRET);
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Host", "localhost",
                "X-Amz-Date", "20150830T123600Z"));
        String scope = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/dynamodb/aws4_request,"
                + " SignedHeaders=host;x-amz-date, Signature=";
        headers.put("Authorization", scope + "unknown");
        WireRequest original = new WireRequest("POST", "/", headers, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        headers.put("Authorization", scope + expectedSignature(original));
        WireRequest signed = new WireRequest("POST", "/", headers, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        WireRequest tampered = new WireRequest("POST", "/", headers, "{\"a\":2}".getBytes(StandardCharsets.UTF_8));

        verifier.authenticate(signed);
        assertThatThrownBy(() -> verifier.authenticate(tampered))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SIGNATURE));
    }

    /** Both doors: the SDK signs in-process exactly as it does over HTTP. */
    enum Transport {
        IN_PROCESS, HTTP
    }

    private static DynamoDbClient client(DynamoDbEngine engine, Transport transport, String key, String secret) {
        SdkHttpClient http = transport == Transport.HTTP ? UrlConnectionHttpClient.create() : engine.httpClient();
        URI endpoint = transport == Transport.HTTP ? engine.startServer(0).endpoint() : engine.inProcessEndpoint();
        return DynamoDbClient.builder().httpClient(http).endpointOverride(endpoint).region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .build();
    }

    private static DynamoDbEngine engineRequiring(String key, String secret) {
        return DynamoDbEngine.create(EngineOptions.builder()
                .authenticator(RequestAuthenticator.requireCredentials(key, secret)).build());
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theSdkWithTheRightSecretGetsThrough(Transport transport) {
        try (DynamoDbEngine engine = engineRequiring("AKIDLOCAL", "s3cr3t/+=");
             DynamoDbClient ddb = client(engine, transport, "AKIDLOCAL", "s3cr3t/+=")) {
            assertThatThrownBy(() -> ddb.describeTable(b -> b.tableName("Missing")))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    static Stream<Arguments> refusedCredentials() {
        return Stream.of(Transport.values()).flatMap(transport -> Stream.of(
                Arguments.of(transport, "AKIDLOCAL", "guess", "InvalidSignatureException", "The request signature we"
                        + " calculated does not match the signature you provided. Check your AWS Secret Access Key"
                        + " and signing method. Consult the service documentation for details."),
                Arguments.of(transport, "AKIDOTHER", "s3cr3t", "UnrecognizedClientException",
                        "The security token included in the request is invalid.")));
    }

    @ParameterizedTest
    @MethodSource("refusedCredentials")
    void theSdkWithAWrongSecretOrAnUnknownKeyIsRefused(Transport transport, String key, String secret,
                                                        String errorCode, String message) {
        try (DynamoDbEngine engine = engineRequiring("AKIDLOCAL", "s3cr3t");
             DynamoDbClient ddb = client(engine, transport, key, secret)) {
            assertThatThrownBy(() -> ddb.describeTable(b -> b.tableName("Missing")))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
        }
    }
}
