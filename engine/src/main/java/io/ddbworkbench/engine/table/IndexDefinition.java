package io.ddbworkbench.engine.table;

import java.time.Instant;

/**
 * A secondary index as created: local (same partition key, created with the table) or global (any key,
 * its own throughput). {@code readyAt} is when a CREATING or DELETING index finishes its transition.
 */
public record IndexDefinition(String name, boolean global, KeySchema keySchema, Projection projection,
                              ProvisionedThroughput throughput, TableStatus status, Instant readyAt,
                              String arn) {

    public IndexDefinition withStatus(TableStatus newStatus, Instant newReadyAt) {
        return new IndexDefinition(name, global, keySchema, projection, throughput, newStatus, newReadyAt, arn);
    }

    public IndexDefinition withThroughput(ProvisionedThroughput newThroughput) {
        return new IndexDefinition(name, global, keySchema, projection, newThroughput, status, readyAt, arn);
    }
}
