package io.ddbworkbench.engine.protocol;

import static io.ddbworkbench.engine.protocol.RawHttp.apiHeaders;
import static io.ddbworkbench.engine.protocol.WireAssertions.assertError;
import static io.ddbworkbench.engine.protocol.WireAssertions.assertFramed;
import static io.ddbworkbench.engine.protocol.WireAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken requests over a real socket, written by hand. Every one that is HTTP gets a well-formed
 * answer of the service's shape, never a 500 or a stack trace, and after each test the same server still
 * answers an ordinary call.
 */
class ProtocolAbuseTest {
    private static final String SERVICE = "com.amazon.coral.service#";
    private static final String PUT_ITEM = "DynamoDB_20120810.PutItem";

    private static DynamoDbEngine engine;
    private static URI endpoint;

    @BeforeAll
    static void start() throws IOException {
        engine = DynamoDbEngine.create();
        endpoint = engine.startServer(0).endpoint();
        try (RawHttp http = new RawHttp(endpoint)) {
            RawHttp.Response created = http.exchange("POST", apiHeaders("DynamoDB_20120810.CreateTable"),
                    RawHttp.createTableBody("Abuse"));
            assertThat(created.status()).as(created.text()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @AfterEach
    void serverStillServes() throws IOException {
        assertServerStillServes();
    }

    /** The server survived: an ordinary write and read on a fresh connection succeed. */
    private static void assertServerStillServes() throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            RawHttp.Response put = http.exchange("POST", apiHeaders(PUT_ITEM),
                    "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"after\"},\"n\":{\"N\":\"1\"}}}");
            RawHttp.Response get = http.exchange("POST", apiHeaders("DynamoDB_20120810.GetItem"),
                    "{\"TableName\":\"Abuse\",\"Key\":{\"id\":{\"S\":\"after\"}}}");

            assertThat(put.status()).as(put.text()).isEqualTo(200);
            assertThat(get.status()).isEqualTo(200);
            assertThat(get.text()).isEqualTo("{\"Item\":{\"id\":{\"S\":\"after\"},\"n\":{\"N\":\"1\"}}}");
        }
    }

    private static RawHttp.Response exchange(String method, Map<String, String> headers, byte[] body) throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            return http.exchange(method, "/", headers, body);
        }
    }

    private static String errorType(RawHttp.Response response) {
        assertFramed(response.headers(), response.body());
        JsonObject json = (JsonObject) JsonParser.parse(response.body());
        return ((JsonString) json.get("__type")).value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "{\"TableName\":}", "{\"a\" \"b\"}", "nul", "{\"TableName\":\"t\",}", "[1,2",
                            "{\"Item\":{\"id\":{\"S\":\"x\"}}} trailing", "\"unterminated", "{\"a\":01}",
                            "{\"a\":\"\\x\"}", "{'single':'quotes'}", "\u0000", "{\"a\":\"\u0001\"}"})
    void malformedJsonIsASerializationException(String body) throws IOException {
        RawHttp.Response response = exchange("POST", apiHeaders(PUT_ITEM), body.getBytes(StandardCharsets.UTF_8));

        assertError(response.status(), response.headers(), response.body(), 400, SERVICE + "SerializationException", null);
    }

    @Test
    void invalidUtf8IsASerializationExceptionOrAValidationError() throws IOException {
        byte[] body = {'{', '"', 'T', 'a', 'b', 'l', 'e', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                       '"', '}'};

        RawHttp.Response response = exchange("POST", apiHeaders(PUT_ITEM), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(errorType(response)).isIn(SERVICE + "SerializationException", "com.amazon.coral.validate#ValidationException");
    }

    /** Wrong JSON types from the top of the request down into a nested attribute value. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"TableName\":5,\"Item\":{\"id\":{\"S\":\"a\"}}}",
        "{\"TableName\":[],\"Item\":{\"id\":{\"S\":\"a\"}}}",
        "{\"TableName\":{},\"Item\":{\"id\":{\"S\":\"a\"}}}",
        "{\"TableName\":true,\"Item\":{\"id\":{\"S\":\"a\"}}}",
        "{\"TableName\":\"Abuse\",\"Item\":\"x\"}",
        "{\"TableName\":\"Abuse\",\"Item\":[]}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":\"a\"}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":[]}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":5}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":5}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":[]}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":{}}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"m\":{\"M\":[]}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"l\":{\"L\":{}}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"l\":{\"L\":[5]}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"ss\":{\"SS\":\"a\"}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"ss\":{\"SS\":[1,2]}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"b\":{\"BOOL\":\"yes\"}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"m\":{\"M\":{\"x\":{\"L\":[{\"N\":[]}]}}}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"bin\":{\"B\":\"not base64 !\"}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"1e999\"}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"two\":{\"S\":\"a\",\"N\":\"1\"}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"none\":{}}}",
        "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"a\"},\"odd\":{\"X\":\"1\"}}}"})
    void wrongTypesAtAnyDepthAreClientErrors(String body) throws IOException {
        RawHttp.Response response = exchange("POST", apiHeaders(PUT_ITEM), body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(errorType(response)).isIn(SERVICE + "SerializationException",
                "com.amazon.coral.validate#ValidationException");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"a\":"})
    void hundredThousandLevelsOfNestingAreRefusedWithoutExhaustingTheStack(String level) throws IOException {
        byte[] body = level.repeat(100_000).getBytes(StandardCharsets.UTF_8);

        RawHttp.Response response = exchange("POST", apiHeaders(PUT_ITEM), body);

        assertError(response.status(), response.headers(), response.body(), 400, SERVICE + "SerializationException", null);
    }

    @Test
    void deeplyNestedAttributeValuesAreAnsweredWithoutA500() throws IOException {
        String value = "{\"S\":\"leaf\"}";
        for (int depth = 0; depth < 400; depth++) {
            value = "{\"M\":{\"k\":" + value + "}}";
        }
        String body = "{\"TableName\":\"Abuse\",\"Item\":{\"id\":{\"S\":\"deep\"},\"v\":" + value + "}}";

        RawHttp.Response response = exchange("POST", apiHeaders(PUT_ITEM), body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.text()).isIn(200, 400);
        assertFramed(response.headers(), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DynamoDB_20120810", "DynamoDB_20120810.", "DynamoDB_20120810.DropDatabase",
                            "DynamoDBStreams_20120810.Nope", "../../etc/passwd", "DynamoDB_20120810.PutItem.Extra"})
    void unknownTargetsAreUnknownOperations(String target) throws IOException {
        RawHttp.Response response = exchange("POST", apiHeaders(target.isEmpty() ? null : target),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertError(response.status(), response.headers(), response.body(), 400, SERVICE + "UnknownOperationException", null);
    }

    @Test
    void aVeryLongTargetIsAnUnknownOperation() throws IOException {
        RawHttp.Response response = exchange("POST", apiHeaders("DynamoDB_20120810." + "X".repeat(6_000)),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertError(response.status(), response.headers(), response.body(), 400, SERVICE + "UnknownOperationException", null);
    }

    @Test
    void oddHeadersGetTheServicesAnswers() throws IOException {
        Map<String, String> noContentType = apiHeaders(PUT_ITEM);
        noContentType.remove("Content-Type");
        Map<String, String> garbageAuthorization = apiHeaders(PUT_ITEM);
        garbageAuthorization.put("Authorization", "\u00ff\u00fe garbage");
        Map<String, String> noAuthorization = apiHeaders(PUT_ITEM);
        noAuthorization.remove("Authorization");
        Map<String, String> garbageDate = apiHeaders(PUT_ITEM);
        garbageDate.put("X-Amz-Date", "yesterday");
        byte[] body = "{\"TableName\":\"Abuse\"}".getBytes(StandardCharsets.UTF_8);

        RawHttp.Response withoutContentType = exchange("POST", noContentType, body);
        assertNotFound(withoutContentType.status(), withoutContentType.headers(), withoutContentType.body());
        assertThat(errorType(exchange("POST", garbageAuthorization, body)))
                .isEqualTo(SERVICE + "MissingAuthenticationTokenException");
        assertThat(errorType(exchange("POST", noAuthorization, body)))
                .isEqualTo(SERVICE + "MissingAuthenticationTokenException");
        assertThat(errorType(exchange("POST", garbageDate, body))).isEqualTo(SERVICE + "IncompleteSignatureException");
    }

    @Test
    void aRepeatedTargetHeaderIsNoKnownOperation() throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            Map<String, String> headers = apiHeaders(PUT_ITEM);
            String head = http.head("POST", "/", headers, 2).replace("\r\n\r\n",
                    "\r\nX-Amz-Target: DynamoDB_20120810.GetItem\r\n\r\n");
            http.send(head, "{}".getBytes(StandardCharsets.UTF_8));
            RawHttp.Response response = http.read();

            assertError(response.status(), response.headers(), response.body(), 400,
                    SERVICE + "UnknownOperationException", null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW"})
    void otherMethodsAreNotApiCalls(String method) throws IOException {
        RawHttp.Response response = exchange(method, apiHeaders(PUT_ITEM), "{}".getBytes(StandardCharsets.UTF_8));

        assertNotFound(response.status(), response.headers(), response.body());
    }

    @Test
    void headIsNotAnApiCallAndHasNoBody() throws IOException {
        RawHttp.Response response = exchange("HEAD", Map.of(), new byte[0]);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void theServiceIgnoresThePath() throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            RawHttp.Response response = http.exchange("POST", "/some/other/path?x=1", apiHeaders(
                    "DynamoDB_20120810.GetItem"), "{\"TableName\":\"Abuse\",\"Key\":{\"id\":{\"S\":\"none\"}}}"
                    .getBytes(StandardCharsets.UTF_8));

            assertThat(response.status()).as(response.text()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
        }
    }

    @Test
    void errorsLeaveTheConnectionOpenForTheNextRequest() throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            for (String body : List.of("{", "[]", "{\"TableName\":5}", "{}")) {
                RawHttp.Response response = http.exchange("POST", apiHeaders(PUT_ITEM), body);
                assertThat(response).isNotNull();
                assertThat(response.status()).isEqualTo(400);
            }
            RawHttp.Response ok = http.exchange("POST", apiHeaders("DynamoDB_20120810.GetItem"),
                    "{\"TableName\":\"Abuse\",\"Key\":{\"id\":{\"S\":\"none\"}}}");
            assertThat(ok.status()).isEqualTo(200);
        }
    }

    @Test
    void aBodyDeclaredOverSixteenMegabytesIsRefusedBeforeItIsSent() throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            http.send(http.head("POST", "/", apiHeaders(PUT_ITEM), WireHandler.MAX_BODY_BYTES + 1L), new byte[0]);
            RawHttp.Response response = http.read();

            assertError(response.status(), response.headers(), response.body(), 413,
                    SERVICE + "RequestEntityTooLargeException", "Request body is larger than the limit of 16777216 bytes");
        }
    }

    @Test
    void aChunkedBodyOverSixteenMegabytesIsRefused() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(apiHeaders(PUT_ITEM));
        headers.put("Transfer-Encoding", "chunked");
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try (RawHttp http = new RawHttp(endpoint)) {
            http.send(http.head("POST", "/", headers, -1), new byte[0]);
            String chunkHead = Integer.toHexString(chunk.length) + "\r\n";
            for (int i = 0; i <= 16; i++) {
                http.send(chunkHead.getBytes(StandardCharsets.US_ASCII));
                http.send(chunk);
                http.send("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            http.send("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            RawHttp.Response response = http.read();

            assertError(response.status(), response.headers(), response.body(), 413,
                    SERVICE + "RequestEntityTooLargeException", "Request body is larger than the limit of 16777216 bytes");
        }
    }

    @Test
    void aBodyOfExactlySixteenMegabytesIsRead() throws IOException {
        byte[] body = new byte[WireHandler.MAX_BODY_BYTES];
        java.util.Arrays.fill(body, (byte) 'a');

        RawHttp.Response response = exchange("POST", apiHeaders(PUT_ITEM), body);

        assertError(response.status(), response.headers(), response.body(), 400, SERVICE + "SerializationException", null);
    }

    @Test
    void truncatedBodiesFromClientsThatHangUpDoNotHurtTheServer() throws IOException {
        for (int i = 0; i < 20; i++) {
            try (RawHttp http = new RawHttp(endpoint)) {
                http.send(http.head("POST", "/", apiHeaders(PUT_ITEM), 1_000), "{\"TableName\":".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertServerStillServes();
    }

    /** Bytes that are not HTTP get the HTTP layer's 400 or a closed connection, never a 5xx. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0000\u0001\u0002\u00ff\r\n\r\n", "GET\r\n\r\n", "HELLO WORLD\r\n\r\n",
                            "POST / HTTP/1.1\r\n\r\n", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -5\r\n\r\n",
                            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: lots\r\n\r\n",
                            "POST / HTTP/1.1\r\nHost: a\r\nNoColonHere\r\n\r\n"})
    void bytesThatAreNotHttpNeverCauseAServerError(String garbage) throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            http.send(garbage.getBytes(StandardCharsets.ISO_8859_1));
            RawHttp.Response response = http.read();

            if (response != null) {
                assertThat(response.status()).isBetween(400, 499);
            }
        }
    }
}
