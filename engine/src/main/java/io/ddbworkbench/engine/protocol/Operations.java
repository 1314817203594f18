package io.ddbworkbench.engine.protocol;

import io.ddbworkbench.engine.action.Action;
import java.util.HashMap;
import java.util.Map;

/**
 * The operations the engine answers, by their {@code X-Amz-Target} value. The DynamoDB and DynamoDB Streams
 * APIs share one endpoint and differ only by target prefix.
 */
public final class Operations {
    public static final String DYNAMODB_PREFIX = "DynamoDB_20120810.";
    public static final String STREAMS_PREFIX = "DynamoDBStreams_20120810.";

    private final Map<String, Action> byTarget = new HashMap<>();

    public Operations dynamoDb(String operation, Action action) {
        byTarget.put(DYNAMODB_PREFIX + operation, action);
        return this;
    }

    public Operations streams(String operation, Action action) {
        byTarget.put(STREAMS_PREFIX + operation, action);
        return this;
    }

    /** The action for a target header value, or null when it names no known operation. */
    public Action find(String target) {
        return target == null ? null : byTarget.get(target);
    }
}
