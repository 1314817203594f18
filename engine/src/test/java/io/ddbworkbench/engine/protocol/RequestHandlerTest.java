package io.ddbworkbench.engine.protocol;

import static io.ddbworkbench.engine.protocol.WireAssertions.assertError;
import static io.ddbworkbench.engine.protocol.WireAssertions.assertFramed;
import static io.ddbworkbench.engine.protocol.WireAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON 1.0 protocol rules, request by request. Where a CRC32 is asserted it is the figure captured from
 * the real service for the same answer, which proves the body is byte for byte the service's.
 */
class RequestHandlerTest {
    private static final String SERVICE = "com.amazon.coral.service#";
    private static final String GET_ITEM = "DynamoDB_20120810.GetItem";

    private DynamoDbEngine engine = DynamoDbEngine.create();

    @AfterEach
    void close() {
        engine.close();
    }

    private WireResponse send(String method, String query, Map<String, String> headers, String body) {
        return engine.handle(new WireRequest(method, "/", query, headers, body.getBytes(StandardCharsets.UTF_8)));
    }

    private WireResponse post(Map<String, String> headers, String body) {
        return send("POST", "", headers, body);
    }

    private static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    private static Map<String, String> signedCall(String target) {
        return RawHttp.apiHeaders(target);
    }

    private static void assertCrc(WireResponse response, long capturedFromService) {
        assertThat(response.headers().get("x-amz-crc32")).isEqualTo(Long.toString(capturedFromService));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "OPTIONS"})
    void anythingButPostAndGetIsNotAnApiCall(String method) {
        WireResponse response = send(method, "", headers(), "");

        assertNotFound(response.status(), response.headers(), response.body());
        assertCrc(response, 3552371480L);
    }

    @Test
    void getIsTheHealthCheck() {
        WireResponse response = send("GET", "", headers(), "");

        assertFramed(response.headers(), response.body());
        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo("healthy: dynamodb.us-east-1.amazonaws.com ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "whatever", "application/x-amz-json-1.1", "application/jsonasdf", "text/plain"})
    void aBodyInAnotherMediaTypeIsNotAnApiCall(String contentType) {
        Map<String, String> headers = signedCall(GET_ITEM);
        headers.remove("Content-Type");
        if (!contentType.isEmpty()) {
            headers.put("Content-Type", contentType);
        }

        WireResponse response = post(headers, "hi");

        assertNotFound(response.status(), response.headers(), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;", "  application/json  ;   asfd",
                            "application/json;blahblah"})
    void malformedJsonIsASerializationExceptionAnsweredAsPlainJson(String contentType) {
        WireResponse response = post(headers("Content-Type", contentType), "hi");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "SerializationException", null);
        assertCrc(response, 3948637019L);
        assertThat(response.headers().get("Content-Type")).isEqualTo("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-amz-json-1.0", "application/x-amz-json-1.0;blahblah"})
    void theAnswerKeepsTheAmzJsonMediaTypeOfTheRequest(String contentType) {
        WireResponse response = post(headers("Content-Type", contentType), "hi");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "SerializationException", null);
        assertThat(response.headers().get("Content-Type")).isEqualTo("application/x-amz-json-1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "whatever", "DynamoDB_20120810.ListTable", "DynamoDB_20120810.", "DynamoDB_20111205.GetItem",
                            "DynamoDBStreams_20120810.PutItem", "dynamodb_20120810.GetItem"})
    void anUnknownTargetIsAnUnknownOperation(String target) {
        Map<String, String> headers = signedCall(target.isEmpty() ? null : target);

        WireResponse response = post(headers, "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "UnknownOperationException", null);
        assertCrc(response, 1368724161L);
    }

    @Test
    void theBodyIsParsedBeforeTheTargetIsLookedAt() {
        WireResponse response = post(signedCall("Nope.Nope"), "{\"TableName\":");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "SerializationException", null);
    }

    @Test
    void theTargetIsLookedAtBeforeTheSignature() {
        WireResponse response = post(headers("Content-Type", "application/json", "X-Amz-Target", "Nope.Nope"), "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "UnknownOperationException", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AWS4", "Basic dXNlcjpwYXNz", "AWS3-HTTPS AWSAccessKeyId=a"})
    void aRequestWithoutSigV4IsMissingItsToken(String authorization) {
        Map<String, String> headers = headers("Content-Type", "application/json", "X-Amz-Target", GET_ITEM);
        if (!authorization.isEmpty()) {
            headers.put("Authorization", authorization);
        }

        WireResponse response = post(headers, "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "MissingAuthenticationTokenException", "Request is missing Authentication Token");
        assertCrc(response, 2088342776L);
    }

    @Test
    void anEmptySigV4HeaderNamesEveryMissingPart() {
        WireResponse response = post(headers("Content-Type", "application/json", "X-Amz-Target", GET_ITEM,
                "Authorization", "AWS4-"), "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "IncompleteSignatureException",
                "Authorization header requires 'Credential' parameter. "
                        + "Authorization header requires 'Signature' parameter. "
                        + "Authorization header requires 'SignedHeaders' parameter. "
                        + "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
                        + "Authorization=AWS4-");
        assertCrc(response, 1828866742L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS4- Signature=b Credential=a", "AWS4- Signature=b,Credential=a",
                            "AWS4- Signature=b, Credential=a"})
    void partsMayBeSeparatedBySpacesOrCommas(String authorization) {
        WireResponse response = post(headers("Content-Type", "application/json", "X-Amz-Target", GET_ITEM,
                "Authorization", authorization, "Date", "a"), "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "IncompleteSignatureException",
                "Authorization header requires 'SignedHeaders' parameter. Authorization=" + authorization);
    }

    /** A header that is complete but wrong somewhere, the error type, and the service's message. */
    static Stream<Arguments> flawedSignatures() {
        String scope = " Credential=a/20240101/us-east-1/dynamodb/aws4_request, ";
        return Stream.of(
                Arguments.of("AWS4-HMAC-SHA256" + scope + "SignedHeaders=host;x-amz-date, Signature=b", "201",
                        "IncompleteSignatureException",
                        "Date must be in ISO-8601 'basic format'. Got '201'. See http://en.wikipedia.org/wiki/ISO_8601"),
                Arguments.of("AWS4-HMAC-SHA256" + scope + "SignedHeaders=x-amz-date, Signature=b", "20240101T000000Z",
                        "InvalidSignatureException", "'Host' must be a 'SignedHeader' in the AWS Authorization."),
                Arguments.of("AWS4-HMAC-SHA25" + scope + "SignedHeaders=host, Signature=b", "20240101T000000Z",
                        "IncompleteSignatureException",
                        "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25' (only AWS4-HMAC-SHA256 for now). "),
                Arguments.of("AWS4-HMAC-SHA256 Credential=a/b/c/d, SignedHeaders=host, Signature=b", "20240101T000000Z",
                        "IncompleteSignatureException", "Credential must have exactly 5 slash-delimited elements,"
                                + " e.g. keyid/date/region/service/term, got 'a/b/c/d'"));
    }

    @ParameterizedTest
    @MethodSource("flawedSignatures")
    void aCompleteButFlawedSignatureGetsTheServicesMessage(String authorization, String date, String type,
                                                          String message) {
        Map<String, String> headers = signedCall(GET_ITEM);
        headers.put("Authorization", authorization);
        headers.put("X-Amz-Date", date);

        WireResponse response = post(headers, "{}");

        assertError(response.status(), response.headers(), response.body(), 400, SERVICE + type, message);
    }

    @Test
    void aSignatureInBothHeaderAndQueryStringIsRefused() {
        WireResponse response = send("POST", "X-Amz-Algorithm", headers("Content-Type", "application/json",
                "X-Amz-Target", GET_ITEM, "Authorization", "X"), "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "InvalidSignatureException",
                "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
        assertCrc(response, 2139606068L);
    }

    @Test
    void anEmptyQueryStringSignatureNamesEveryMissingParameter() {
        WireResponse response = send("POST", "X-Amz-Algorithm", headers("Content-Type", "application/json",
                "X-Amz-Target", GET_ITEM), "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "IncompleteSignatureException",
                "AWS query-string parameters must include 'X-Amz-Algorithm'. "
                        + "AWS query-string parameters must include 'X-Amz-Credential'. "
                        + "AWS query-string parameters must include 'X-Amz-Signature'. "
                        + "AWS query-string parameters must include 'X-Amz-SignedHeaders'. "
                        + "AWS query-string parameters must include 'X-Amz-Date'. "
                        + "Re-examine the query-string parameters.");
        assertCrc(response, 2900502663L);
    }

    @Test
    void aQueryStringSignatureWithoutSignedHeadersIsIncomplete() {
        WireResponse response = send("POST", "X-Amz-Algorithm=a&X-Amz-Credential=b&X-Amz-Signature=c&X-Amz-Date=d",
                headers("Content-Type", "application/json", "X-Amz-Target", GET_ITEM), "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "IncompleteSignatureException",
                "AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.");
        assertCrc(response, 3712057481L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Amz-Algorith", "X-Amz-Credential=a&X-Amz-Signature=b&X-Amz-SignedHeaders=c&X-Amz-Date=d"})
    void aQueryStringWithoutTheAlgorithmIsNoSignatureAtAll(String query) {
        WireResponse response = send("POST", query, headers("Content-Type", "application/json",
                "X-Amz-Target", GET_ITEM, "Authorization", "X"), "{}");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "MissingAuthenticationTokenException", "Request is missing Authentication Token");
    }

    @Test
    void aSignedCallWithoutBodyIsASerializationException() {
        WireResponse response = post(signedCall(GET_ITEM), "");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "SerializationException", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "true"})
    void aBodyThatIsNotAnObjectIsASerializationException(String body) {
        WireResponse response = post(signedCall(GET_ITEM), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("\"__type\":\"com.amazon.coral.service#SerializationException\"");
    }

    @Test
    void aBodyOverSixteenMegabytesIsRefused() {
        byte[] body = new byte[WireHandler.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        WireResponse response = engine.handle(new WireRequest("POST", "/", signedCall(GET_ITEM), body));

        assertError(response.status(), response.headers(), response.body(), 413,
                SERVICE + "RequestEntityTooLargeException",
                "Request body is larger than the limit of 16777216 bytes");
    }

    @Test
    void withoutCorsNoOriginIsAnswered() {
        WireResponse preflight = send("OPTIONS", "", headers("Origin", "http://localhost:3000"), "");
        WireResponse call = post(headers("Origin", "http://localhost:3000"), "{}");

        assertNotFound(preflight.status(), preflight.headers(), preflight.body());
        assertThat(call.headers()).doesNotContainKey("Access-Control-Allow-Origin");
    }

    @Test
    void withCorsForAnyOriginPreflightsEchoWhatWasAsked() {
        engine = DynamoDbEngine.create(EngineOptions.builder().corsOrigins(List.of("*")).build());

        WireResponse response = send("OPTIONS", "", headers("Origin", "whatever",
                "Access-Control-Request-Headers", "a, b, c", "Access-Control-Request-Method", "d"), "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().get("x-amzn-RequestId")).matches("[0-9A-Z]{52}");
        assertThat(response.headers())
                .containsEntry("Access-Control-Allow-Origin", "*")
                .containsEntry("Access-Control-Allow-Headers", "a, b, c")
                .containsEntry("Access-Control-Allow-Methods", "d")
                .containsEntry("Access-Control-Max-Age", "172800");
    }

    @Test
    void withCorsForAnyOriginErrorsCarryTheOriginGrant() {
        engine = DynamoDbEngine.create(EngineOptions.builder().corsOrigins(List.of("*")).build());

        WireResponse response = post(headers("Origin", "whatever"), "");

        assertError(response.status(), response.headers(), response.body(), 400,
                SERVICE + "UnknownOperationException", null);
        assertThat(response.headers()).containsEntry("Access-Control-Allow-Origin", "*");
    }

    @Test
    void withAnAllowListOnlyListedOriginsAreAnswered() {
        engine = DynamoDbEngine.create(EngineOptions.builder()
                .corsOrigins(List.of("http://localhost:3000", "http://127.0.0.1:3000")).build());

        WireResponse listed = send("OPTIONS", "", headers("Origin", "http://localhost:3000"), "");
        WireResponse unlisted = send("OPTIONS", "", headers("Origin", "http://evil.example"), "");
        WireResponse unlistedCall = post(headers("Origin", "http://evil.example"), "{}");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.headers()).containsEntry("Access-Control-Allow-Origin", "http://localhost:3000")
                .containsEntry("Vary", "Origin");
        assertNotFound(unlisted.status(), unlisted.headers(), unlisted.body());
        assertThat(unlistedCall.headers()).doesNotContainKey("Access-Control-Allow-Origin");
    }
}
