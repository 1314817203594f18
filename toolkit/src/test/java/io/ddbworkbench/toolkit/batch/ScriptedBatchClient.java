package io.ddbworkbench.toolkit.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A stand-in for DynamoDB that leaves a scripted number of each call's requests unprocessed (or throttles the
 * whole call), and records what every call carried, so the re-drive logic can be checked call by call.
 */
final class ScriptedBatchClient implements DynamoDbClient {
    /** THROTTLE_WHOLE_CALL makes a call fail with ProvisionedThroughputExceededException. */
    static final int THROTTLE_WHOLE_CALL = -1;

    private final Deque<Integer> leaveUnprocessed;
    final List<Integer> writeCallSizes = new ArrayList<>();
    final List<Integer> readCallSizes = new ArrayList<>();
    final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> stored = new HashMap<>();

    /** @param leaveUnprocessed for each successive call, how many of its requests to hand back; then none */
    ScriptedBatchClient(Integer... leaveUnprocessed) {
        this.leaveUnprocessed = new ArrayDeque<>(List.of(leaveUnprocessed));
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(Consumer<BatchWriteItemRequest.Builder> request) {
        BatchWriteItemRequest built = BatchWriteItemRequest.builder().applyMutation(request).build();
        Map.Entry<String, List<WriteRequest>> only = built.requestItems().entrySet().iterator().next();
        List<WriteRequest> writes = only.getValue();
        writeCallSizes.add(writes.size());
        int left = nextLeftOver(writes.size());
        List<WriteRequest> applied = writes.subList(0, writes.size() - left);
        for (WriteRequest write : applied) {
            if (write.putRequest() != null) {
                Map<String, AttributeValue> item = write.putRequest().item();
                stored.put(Map.of("id", item.get("id")), item);
            } else {
                stored.remove(write.deleteRequest().key());
            }
        }
        return BatchWriteItemResponse.builder()
                .unprocessedItems(left == 0 ? Map.of()
                        : Map.of(only.getKey(), List.copyOf(writes.subList(writes.size() - left, writes.size()))))
                .build();
    }

    @Override
    public BatchGetItemResponse batchGetItem(Consumer<BatchGetItemRequest.Builder> request) {
        BatchGetItemRequest built = BatchGetItemRequest.builder().applyMutation(request).build();
        Map.Entry<String, KeysAndAttributes> only = built.requestItems().entrySet().iterator().next();
        List<Map<String, AttributeValue>> keys = only.getValue().keys();
        readCallSizes.add(keys.size());
        int left = nextLeftOver(keys.size());
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (Map<String, AttributeValue> key : keys.subList(0, keys.size() - left)) {
            if (stored.containsKey(key)) {
                found.add(stored.get(key));
            }
        }
        return BatchGetItemResponse.builder()
                .responses(Map.of(only.getKey(), found))
                .unprocessedKeys(left == 0 ? Map.of() : Map.of(only.getKey(), only.getValue().toBuilder()
                        .keys(keys.subList(keys.size() - left, keys.size())).build()))
                .build();
    }

    private int nextLeftOver(int size) {
        Integer scripted = leaveUnprocessed.poll();
        if (scripted == null) {
            return 0;
        }
        if (scripted == THROTTLE_WHOLE_CALL) {
            throw ProvisionedThroughputExceededException.builder().message("The level of configured provisioned "
                    + "throughput for the table was exceeded.").build();
        }
        return Math.min(size, scripted);
    }

    @Override
    public String serviceName() {
        return "dynamodb";
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
