package io.ddbworkbench.engine.stream;

import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.StreamViewType;
import java.time.Instant;
import java.util.List;

/**
 * Everything a stream holds, as the durable storage saves it in a snapshot and hands it back on a restart.
 *
 * @param disabledAt when the stream closed, or null while it is open
 * @param lastTrimmed the sequence number of the last record dropped for age, or null if none was
 * @param records the records still kept, in sequence order
 */
public record StreamState(String arn, String label, String tableName, String tableId, KeySchema keySchema,
                          StreamViewType viewType, Instant createdAt, Instant disabledAt, String shardId,
                          long startingSequence, Long lastTrimmed, List<StreamRecord> records) {

    public StreamState {
        records = List.copyOf(records);
    }
}
