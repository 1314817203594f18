package io.ddbworkbench.engine.stream;

import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.StreamViewType;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One stream of one table, from the moment it was enabled until a day after it was disabled (or its table
 * deleted). A table that re-enables its stream gets a new one with a new label and ARN; the old one stays
 * readable alongside it, as on the service.
 */
public final class TableStream {
    private final String arn;
    private final String label;
    private final String tableName;
    private final String tableId;
    private final KeySchema keySchema;
    private final StreamViewType viewType;
    private final Instant createdAt;
    private final Shard shard;
    private volatile Instant disabledAt;

    TableStream(String arn, String label, String tableName, String tableId, KeySchema keySchema,
                StreamViewType viewType, Instant createdAt, long startingSequence) {
        this(arn, label, tableName, tableId, keySchema, viewType, createdAt, shardId(createdAt), startingSequence);
    }

    private TableStream(String arn, String label, String tableName, String tableId, KeySchema keySchema,
                        StreamViewType viewType, Instant createdAt, String shardId, long startingSequence) {
        this.arn = arn;
        this.label = label;
        this.tableName = tableName;
        this.tableId = tableId;
        this.keySchema = keySchema;
        this.viewType = viewType;
        this.createdAt = createdAt;
        this.shard = new Shard(shardId, startingSequence);
    }

    /** A stream as a snapshot saved it: same shard, same records, closed if it was. */
    static TableStream restore(StreamState state) {
        TableStream stream = new TableStream(state.arn(), state.label(), state.tableName(), state.tableId(),
                state.keySchema(), state.viewType(), state.createdAt(), state.shardId(), state.startingSequence());
        if (state.lastTrimmed() != null) {
            stream.shard.restoreTrimmed(state.lastTrimmed());
        }
        state.records().forEach(stream.shard::restore);
        if (state.disabledAt() != null) {
            stream.disable(state.disabledAt());
        }
        return stream;
    }

    /**
     * A stream first met in the durable log (its first record came after the last snapshot): its label is the
     * end of its ARN, as the service builds stream ARNs.
     */
    static TableStream restore(String arn, String tableName, String tableId, KeySchema keySchema,
                               StreamViewType viewType, String shardId, long startingSequence) {
        String label = arn.substring(arn.lastIndexOf('/') + 1);
        return new TableStream(arn, label, tableName, tableId, keySchema, viewType, Instant.parse(label + "Z"),
                shardId, startingSequence);
    }

    /** Everything the stream holds, for a snapshot. */
    StreamState state() {
        return new StreamState(arn, label, tableName, tableId, keySchema, viewType, createdAt, disabledAt,
                shard.id(), shard.startingSequence(), shard.lastTrimmed(), shard.kept());
    }

    /** The service's shape: {@code shardId-} and 20 digits of creation time, then 8 hex digits. */
    private static String shardId(Instant createdAt) {
        return String.format("shardId-%020d-%08x", createdAt.toEpochMilli(), ThreadLocalRandom.current().nextInt());
    }

    public String arn() {
        return arn;
    }

    public String label() {
        return label;
    }

    public String tableName() {
        return tableName;
    }

    public String tableId() {
        return tableId;
    }

    public KeySchema keySchema() {
        return keySchema;
    }

    public StreamViewType viewType() {
        return viewType;
    }

    /** When the stream was enabled: the instant its label spells out. */
    public Instant createdAt() {
        return createdAt;
    }

    public Shard shard() {
        return shard;
    }

    /** ENABLED while the table writes to it, DISABLED afterwards (the values of the service's StreamStatus). */
    public String status() {
        return disabledAt == null ? "ENABLED" : "DISABLED";
    }

    boolean isOpen() {
        return disabledAt == null;
    }

    StreamRecord append(ItemChange change, long sequence, Instant now) {
        StreamRecord record = StreamRecord.of(change, sequence, viewType, now);
        shard.append(record, StreamRegistry.trimBefore(now));
        return record;
    }

    /** Closes the stream; returns whether it was open until now. */
    synchronized boolean disable(Instant now) {
        if (disabledAt != null) {
            return false;
        }
        disabledAt = now;
        shard.close();
        return true;
    }

    /** Whether the stream has been closed for longer than the retention period, and so is gone. */
    boolean isGoneAt(Instant now) {
        Instant closed = disabledAt;
        return closed != null && !now.isBefore(closed.plus(StreamRegistry.RETENTION));
    }
}
