package io.ddbworkbench.engine.table;

import java.time.Instant;

/**
 * A secondary index as created: local (same partition key, created with the table) or global (any key,
 * its own throughput). {@code readyAt} is when a CREATING, UPDATING or DELETING index finishes its transition.
 * {@code backfilling} marks a global index added by UpdateTable while it is still CREATING: the service
 * reports the flag only for indexes built over existing items, never for those created with the table.
 */
public record IndexDefinition(String name, boolean global, KeySchema keySchema, Projection projection,
                              ProvisionedThroughput throughput, TableStatus status, Instant readyAt,
                              String arn, boolean backfilling) {

    /** An index created with its table: no backfill. */
    public IndexDefinition(String name, boolean global, KeySchema keySchema, Projection projection,
                           ProvisionedThroughput throughput, TableStatus status, Instant readyAt, String arn) {
        this(name, global, keySchema, projection, throughput, status, readyAt, arn, false);
    }

    /** The same index in another status; the backfill flag only survives while the index is still CREATING. */
    public IndexDefinition withStatus(TableStatus newStatus, Instant newReadyAt) {
        return new IndexDefinition(name, global, keySchema, projection, throughput, newStatus, newReadyAt, arn,
                backfilling && newStatus == TableStatus.CREATING);
    }

    public IndexDefinition withThroughput(ProvisionedThroughput newThroughput) {
        return new IndexDefinition(name, global, keySchema, projection, newThroughput, status, readyAt, arn,
                backfilling);
    }
}
