package io.ddbworkbench.toolkit.stream;

import io.ddbworkbench.toolkit.error.ErrorHints;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads a table's change stream: open a {@link StreamCursor} at the oldest record still kept (TRIM_HORIZON,
 * 24 hours back at most) or at the end (LATEST, only what comes next), then poll it.
 */
public final class StreamReader {
    private final DynamoDbClient client;
    private final DynamoDbStreamsClient streams;

    public StreamReader(DynamoDbClient client, DynamoDbStreamsClient streams) {
        this.client = client;
        this.streams = streams;
    }

    /**
     * @param start TRIM_HORIZON or LATEST
     * @throws IllegalStateException when the table has no stream enabled
     */
    public StreamCursor open(String table, ShardIteratorType start) {
        if (start != ShardIteratorType.TRIM_HORIZON && start != ShardIteratorType.LATEST) {
            throw new IllegalArgumentException("a cursor starts at TRIM_HORIZON or LATEST, not " + start);
        }
        String streamArn = ErrorHints.call(() -> client.describeTable(request -> request.tableName(table)))
                .table().latestStreamArn();
        if (streamArn == null) {
            throw new IllegalStateException("table " + table + " has no stream; create it with a stream view type "
                    + "(TableSpec.Builder.stream) or enable one with UpdateTable");
        }
        return new StreamCursor(streams, streamArn, start);
    }

    /** Every record still in the stream, oldest first per shard. */
    public List<Record> readAll(String table) {
        StreamCursor cursor = open(table, ShardIteratorType.TRIM_HORIZON);
        List<Record> all = new ArrayList<>();
        List<Record> batch;
        do {
            batch = cursor.poll();
            all.addAll(batch);
        } while (!batch.isEmpty());
        return all;
    }
}
