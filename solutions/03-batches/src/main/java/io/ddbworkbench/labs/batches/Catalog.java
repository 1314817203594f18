package io.ddbworkbench.labs.batches;

import io.ddbworkbench.toolkit.batch.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Reference solution of lab 03: every bulk operation is cut into chunks the service accepts, and every chunk
 * goes through one re-drive loop that sends back exactly what came back unprocessed, pausing with jittered
 * exponential backoff, until nothing is left or the attempts run out; then the caller is told what was not done.
 */
public final class Catalog {
    /** BatchWriteItem takes at most 25 puts and deletes per call. */
    public static final int MAX_WRITES_PER_BATCH = 25;
    /** BatchGetItem takes at most 100 keys per call. */
    public static final int MAX_KEYS_PER_BATCH = 100;
    /** Calls for one batch, the first included, before giving up with {@link IncompleteBatchException}. */
    public static final int MAX_ATTEMPTS = 8;
    /** The scale of the pause before a retry: the ceiling before retry n is {@code BASE_DELAY * 2^n}... */
    public static final Duration BASE_DELAY = Duration.ofMillis(25);
    /** ...but never more than this. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(2);

    private final DynamoDbClient ddb;
    private final String tableName;
    private final Random jitter;
    private final Backoff.Sleeper sleeper;

    public Catalog(DynamoDbClient ddb, String tableName, Random jitter, Backoff.Sleeper sleeper) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.jitter = jitter;
        this.sleeper = sleeper;
    }

    /** Steps 1, 2, 3, 5, 6: one put per distinct SKU, its last version, as a sequence of PutItem calls would. */
    public WriteReport saveAll(List<Product> products) {
        Map<String, Product> lastVersions = new LinkedHashMap<>();
        products.forEach(product -> lastVersions.put(product.sku(), product));
        List<WriteRequest> puts = lastVersions.values().stream()
                .map(product -> WriteRequest.builder().putRequest(put -> put.item(ProductItems.item(product))).build())
                .toList();
        return write(puts);
    }

    /** Step 2: deletes travel the same way as puts, so they share the same loop. */
    public WriteReport deleteAll(Collection<String> skus) {
        List<WriteRequest> deletes = new LinkedHashSet<>(skus).stream()
                .map(sku -> WriteRequest.builder().deleteRequest(delete -> delete.key(ProductItems.key(sku))).build())
                .toList();
        return write(deletes);
    }

    private WriteReport write(List<WriteRequest> writes) {
        WriteRun run = new WriteRun();
        inChunks(writes, MAX_WRITES_PER_BATCH, run::send, Catalog::skuOf);
        return new WriteReport(run.requests, run.writeUnits);
    }

    /** The calls of one bulk write and what they cost, as they happen. */
    private final class WriteRun {
        private int requests;
        private double writeUnits;

        /** One BatchWriteItem; returns the writes it left unprocessed. */
        List<WriteRequest> send(List<WriteRequest> pending) {
            BatchWriteItemResponse response = ddb.batchWriteItem(request -> request
                    .requestItems(Map.of(tableName, pending))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
            requests++;
            writeUnits += response.consumedCapacity().stream().mapToDouble(ConsumedCapacity::capacityUnits).sum();
            return response.unprocessedItems().getOrDefault(tableName, List.of());
        }
    }

    private static String skuOf(WriteRequest write) {
        return ProductItems.sku(write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key());
    }

    /** Step 3: full jitter spreads the retries of many clients throttled at the same moment. */
    public static Duration backoffDelay(int retry, Random random) {
        long ceiling = Math.min(MAX_DELAY.toMillis(), BASE_DELAY.toMillis() << Math.min(retry, 20));
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }

    /** Steps 4 and 5: the same loop as the writes; a key asked for twice would make the service refuse the call. */
    public Map<String, Product> findAll(Collection<String> skus) {
        List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(skus).stream().map(ProductItems::key).toList();
        Map<String, Product> found = new HashMap<>();
        UnaryOperator<List<Map<String, AttributeValue>>> send = pending -> {
            BatchGetItemResponse response = ddb.batchGetItem(request -> request
                    .requestItems(Map.of(tableName, KeysAndAttributes.builder().keys(pending).build())));
            response.responses().getOrDefault(tableName, List.of())
                    .forEach(item -> found.put(ProductItems.sku(item), ProductItems.product(item)));
            KeysAndAttributes unread = response.unprocessedKeys().get(tableName);
            return unread == null ? List.of() : unread.keys();
        };
        inChunks(keys, MAX_KEYS_PER_BATCH, send, ProductItems::sku);
        return found;
    }

    /**
     * Sends {@code all} chunk by chunk through {@link #redrive}; when a chunk is still not done after every
     * attempt, stops (more calls would only meet the same throttling) and reports what was never done.
     */
    private <T> void inChunks(List<T> all, int chunkSize, UnaryOperator<List<T>> sendReturningLeftovers,
                              Function<T, String> skuOf) {
        for (int start = 0; start < all.size(); start += chunkSize) {
            int end = Math.min(all.size(), start + chunkSize);
            List<T> leftovers = redrive(all.subList(start, end), sendReturningLeftovers);
            if (!leftovers.isEmpty()) {
                List<String> notDone = new ArrayList<>();
                leftovers.forEach(left -> notDone.add(skuOf.apply(left)));
                all.subList(end, all.size()).forEach(unsent -> notDone.add(skuOf.apply(unsent)));
                throw new IncompleteBatchException(notDone, MAX_ATTEMPTS);
            }
        }
    }

    /** Sends, then sends what came back, pausing longer each time; returns what is left after the last attempt. */
    private <T> List<T> redrive(List<T> chunk, UnaryOperator<List<T>> sendReturningLeftovers) {
        List<T> pending = chunk;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                pause(backoffDelay(attempt - 1, jitter));
            }
            pending = sendReturningLeftovers.apply(pending);
        }
        return pending;
    }

    private void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }

    /** Step 6: as many requests as products, and, as the test shows, the same write units as the batches. */
    public WriteReport saveOneByOne(List<Product> products) {
        double units = 0;
        for (Product product : products) {
            units += ddb.putItem(request -> request.tableName(tableName).item(ProductItems.item(product))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();
        }
        return new WriteReport(products.size(), units);
    }
}
