package io.ddbworkbench.bench;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.protocol.WireRequest;
import io.ddbworkbench.engine.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * Calls the engine's request handler directly with prebuilt JSON bodies, skipping the SDK, so a figure next to
 * the SDK's shows which share of the time is the engine's.
 */
final class EngineCalls {
    private EngineCalls() {
    }

    /** Request bodies built before the clock starts, so the figure measures only the engine. */
    static byte[][] prebuilt(int count, LongFunction<String> json) {
        byte[][] bodies = new byte[count][];
        for (int n = 0; n < count; n++) {
            bodies[n] = json.apply(n).getBytes(StandardCharsets.UTF_8);
        }
        return bodies;
    }

    /** An operation that sends body {@code n % bodies.length} and fails on anything but a 200. */
    static LongConsumer of(DynamoDbEngine engine, String operation, byte[][] bodies) {
        Map<String, String> headers = Map.of(
                "Content-Type", "application/x-amz-json-1.0",
                "X-Amz-Target", "DynamoDB_20120810." + operation,
                "X-Amz-Date", "20240101T000000Z",
                "Authorization", "AWS4-HMAC-SHA256 Credential=bench/20240101/us-east-1/dynamodb/aws4_request,"
                        + " SignedHeaders=host;x-amz-date, Signature=0123456789abcdef");
        return n -> {
            WireResponse response = engine.handle(new WireRequest("POST", "/", headers,
                    bodies[(int) (n % bodies.length)]));
            if (response.status() != 200) {
                throw new IllegalStateException(operation + " failed: " + new String(response.body(),
                        StandardCharsets.UTF_8));
            }
        };
    }
}
