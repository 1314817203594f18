package io.ddbworkbench.engine.table;

/**
 * Told about every table definition as it comes into force: a new table first, then each change to it, in
 * the order the changes were made to that table. The durable log records definitions through this, so a
 * restart brings back settings (TTL, tags, streams, indexes) as well as items.
 */
@FunctionalInterface
public interface DefinitionListener {
    void defined(TableDefinition definition);
}
