package io.ddbworkbench.engine;

import io.ddbworkbench.engine.protocol.WireRequest;
import io.ddbworkbench.engine.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Sends a hand-written JSON body straight to the engine, signed well enough to reach the action. */
public final class RawCalls {
    private RawCalls() {
    }

    public static WireResponse call(DynamoDbEngine engine, String operation, String body) {
        Map<String, String> headers = Map.of(
                "X-Amz-Target", "DynamoDB_20120810." + operation,
                "Content-Type", "application/x-amz-json-1.0",
                "X-Amz-Date", "20250601T000000Z",
                "Authorization", "AWS4-HMAC-SHA256 Credential=x/20250601/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host, Signature=0");
        return engine.handle(new WireRequest("POST", "/", headers, body.getBytes(StandardCharsets.UTF_8)));
    }
}
