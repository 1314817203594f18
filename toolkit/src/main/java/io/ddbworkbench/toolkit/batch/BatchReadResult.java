package io.ddbworkbench.toolkit.batch;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a batch read ended: the items found (in no particular order; keys with no item are simply absent) and
 * the keys the service still left unprocessed after every attempt.
 *
 * @param calls BatchGetItem calls made, retries included
 */
public record BatchReadResult(List<Map<String, AttributeValue>> items,
                              List<Map<String, AttributeValue>> unprocessedKeys,
                              int calls) {

    public BatchReadResult {
        items = List.copyOf(items);
        unprocessedKeys = List.copyOf(unprocessedKeys);
    }

    /** True when every key was looked up. */
    public boolean complete() {
        return unprocessedKeys.isEmpty();
    }
}
