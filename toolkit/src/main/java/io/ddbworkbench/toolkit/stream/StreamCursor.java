package io.ddbworkbench.toolkit.stream;

import io.ddbworkbench.toolkit.error.ErrorHints;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A position in a table's stream, across all its shards. Each {@link #poll()} returns the records written
 * since the previous one; shards that appear later (the service splits and rolls shards over) are read from
 * their start, so no record is skipped.
 */
public final class StreamCursor {
    /** How long {@link #pollUntil} waits between polls that found too little. */
    private static final Duration PAUSE_BETWEEN_POLLS = Duration.ofMillis(200);

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    /** Shard id to its next iterator; a null iterator means the shard is closed and fully read. */
    private final Map<String, String> iterators = new LinkedHashMap<>();

    StreamCursor(DynamoDbStreamsClient streams, String streamArn, ShardIteratorType start) {
        this.streams = streams;
        this.streamArn = streamArn;
        for (Shard shard : shards()) {
            iterators.put(shard.shardId(), iterator(shard.shardId(), start));
        }
    }

    public String streamArn() {
        return streamArn;
    }

    /** Records available now, oldest first within each shard; an empty list when nothing new arrived. */
    public List<Record> poll() {
        for (Shard shard : shards()) {
            iterators.computeIfAbsent(shard.shardId(), id -> iterator(id, ShardIteratorType.TRIM_HORIZON));
        }
        List<Record> records = new ArrayList<>();
        for (Map.Entry<String, String> shard : iterators.entrySet()) {
            String position = shard.getValue();
            while (position != null) {
                String current = position;
                GetRecordsResponse response = ErrorHints.call(() ->
                        streams.getRecords(request -> request.shardIterator(current)));
                records.addAll(response.records());
                position = response.nextShardIterator();
                if (response.records().isEmpty()) {
                    break;
                }
            }
            shard.setValue(position);
        }
        return records;
    }

    /**
     * Polls until at least {@code count} records have arrived, or {@code patience} has passed, and returns all
     * of them: fewer than {@code count} only when patience ran out. The service shows a write in its stream a
     * moment after the write returns, so code (and tests) that write then read the stream must wait a little;
     * the embedded engine has the records at once, and then this is a single poll.
     */
    public List<Record> pollUntil(int count, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Record> records = new ArrayList<>(poll());
        while (records.size() < count && System.nanoTime() < deadline) {
            pause();
            records.addAll(poll());
        }
        return records;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_BETWEEN_POLLS.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for stream records", e);
        }
    }

    private List<Shard> shards() {
        List<Shard> shards = new ArrayList<>();
        String lastShard = null;
        do {
            String startAfter = lastShard;
            StreamDescription description = ErrorHints.call(() -> streams.describeStream(request -> request
                    .streamArn(streamArn).exclusiveStartShardId(startAfter))).streamDescription();
            shards.addAll(description.shards());
            lastShard = description.lastEvaluatedShardId();
        } while (lastShard != null);
        return shards;
    }

    private String iterator(String shardId, ShardIteratorType type) {
        return ErrorHints.call(() -> streams.getShardIterator(request -> request.streamArn(streamArn)
                .shardId(shardId).shardIteratorType(type))).shardIterator();
    }
}
