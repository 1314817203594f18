package io.ddbworkbench.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;

/** What every answer of the engine must look like on the wire, checked the same way for both doors. */
final class WireAssertions {
    private static final String NOT_FOUND_BODY = "<UnknownOperationException/>\n";

    private WireAssertions() {
    }

    /** A request id of the service's shape and a CRC32 header that matches the body. */
    static void assertFramed(Map<String, String> headers, byte[] body) {
        assertThat(header(headers, "x-amzn-RequestId")).matches("[0-9A-Z]{52}");
        assertThat(header(headers, "x-amz-crc32")).isEqualTo(Long.toString(crc32(body)));
    }

    /** A DynamoDB error: the status, the full {@code __type}, and the message (null when there must be none). */
    static JsonObject assertError(int status, Map<String, String> headers, byte[] body,
                                  int expectedStatus, String expectedType, String expectedMessage) {
        assertFramed(headers, body);
        assertThat(status).as("status of %s", new String(body, StandardCharsets.UTF_8)).isEqualTo(expectedStatus);
        assertThat(header(headers, "Content-Type")).startsWith("application/");
        JsonObject json = (JsonObject) JsonParser.parse(body);
        assertThat(((JsonString) json.get("__type")).value()).isEqualTo(expectedType);
        if (expectedMessage == null) {
            assertThat(json.has("message")).as("message in %s", json).isFalse();
        } else {
            assertThat(((JsonString) json.get("message")).value()).isEqualTo(expectedMessage);
        }
        return json;
    }

    /** The service's answer to anything that is not an API call. */
    static void assertNotFound(int status, Map<String, String> headers, byte[] body) {
        assertFramed(headers, body);
        assertThat(status).isEqualTo(404);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(NOT_FOUND_BODY);
    }

    static long crc32(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return crc.getValue();
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
