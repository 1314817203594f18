package io.ddbworkbench.engine.action.stream;

import io.ddbworkbench.engine.validation.Constraints;

/** The Streams API's member constraints, as its validation layer reports them. */
public final class StreamRequests {
    private StreamRequests() {
    }

    /** A stream ARN member: 37 to 1024 characters. */
    public static Constraints streamArn(Constraints check, String path, String arn) {
        return check.length(path, arn, 37, 1024);
    }

    /** A shard id member: 28 to 65 characters. */
    public static Constraints shardId(Constraints check, String path, String shardId) {
        return check.length(path, shardId, 28, 65);
    }

    /** A Limit member: at least 1, and at most {@code max}. */
    public static Constraints limit(Constraints check, Long limit, long max) {
        return check.range("limit", limit, 1, max);
    }
}
