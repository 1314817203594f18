package io.ddbworkbench.toolkit.batch;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * How a batch write ended. Nothing is silently dropped: whatever the service still refused after every
 * attempt is in {@link #unprocessed}, by table, ready to be retried later or logged.
 *
 * @param calls BatchWriteItem calls made, retries included
 */
public record BatchWriteResult(int requested, int written, Map<String, List<WriteRequest>> unprocessed, int calls) {

    public BatchWriteResult {
        unprocessed = Map.copyOf(unprocessed);
    }

    /** True when every requested put or delete was applied. */
    public boolean complete() {
        return written == requested;
    }
}
