package io.ddbworkbench.toolkit.batch;

import io.ddbworkbench.toolkit.item.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch puts and deletes of any number of items: sent 25 at a time (the service's limit per call), with
 * UnprocessedItems re-driven under {@link Backoff}, and anything still refused at the end reported in the
 * {@link BatchWriteResult}.
 */
public final class BatchWriter {
    /** BatchWriteItem takes at most 25 puts and deletes per call. */
    public static final int MAX_WRITES_PER_CALL = 25;

    private final DynamoDbClient client;
    private final Backoff backoff;

    public BatchWriter(DynamoDbClient client, Backoff backoff) {
        this.client = client;
        this.backoff = backoff;
    }

    /** Puts every item into {@code table}; an item replaces any with the same key. */
    public BatchWriteResult putAll(String table, Collection<? extends Map<String, ?>> items) {
        List<WriteRequest> puts = new ArrayList<>();
        for (Map<String, ?> item : items) {
            puts.add(WriteRequest.builder().putRequest(put -> put.item(Values.item(item))).build());
        }
        return write(table, puts);
    }

    /** Deletes the items with these keys from {@code table}; missing keys are not an error. */
    public BatchWriteResult deleteAll(String table, Collection<? extends Map<String, ?>> keys) {
        List<WriteRequest> deletes = new ArrayList<>();
        for (Map<String, ?> key : keys) {
            deletes.add(WriteRequest.builder().deleteRequest(delete -> delete.key(Values.item(key))).build());
        }
        return write(table, deletes);
    }

    private BatchWriteResult write(String table, List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        int calls = 0;
        int refused = 0;
        for (int start = 0; start < requests.size(); start += MAX_WRITES_PER_CALL) {
            List<WriteRequest> chunk = requests.subList(start, Math.min(requests.size(), start + MAX_WRITES_PER_CALL));
            Redrive.Outcome<Map<String, List<WriteRequest>>> outcome = Redrive.run(
                    Map.of(table, List.copyOf(chunk)), this::send, Map::isEmpty, backoff);
            calls += outcome.attempts();
            for (Map.Entry<String, List<WriteRequest>> left : outcome.leftOver().entrySet()) {
                unprocessed.computeIfAbsent(left.getKey(), name -> new ArrayList<>()).addAll(left.getValue());
                refused += left.getValue().size();
            }
        }
        return new BatchWriteResult(requests.size(), requests.size() - refused, unprocessed, calls);
    }

    private Map<String, List<WriteRequest>> send(Map<String, List<WriteRequest>> pending) {
        return client.batchWriteItem(request -> request.requestItems(pending)).unprocessedItems();
    }
}
