package io.ddbworkbench.engine.capacity;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;

/**
 * What the actions of a transaction cost. The service bills the table arm of every action twice what the same
 * single-item call costs (a transaction prepares, then commits), while secondary index arms cost exactly what
 * they cost outside a transaction. Transactional figures also state their axis: WriteCapacityUnits for
 * TransactWriteItems, ReadCapacityUnits for TransactGetItems and for the replay of an idempotent write.
 */
public final class TransactionCapacity {
    /** How many times a transactional action costs its single-item equivalent on the table. */
    public static final int FACTOR = 2;

    private TransactionCapacity() {
    }

    /** A Put, Update or Delete, from the item before and after (either may be null). */
    public static ConsumedCapacity write(Table table, PrimaryKey key, Item before, Item after) {
        return ItemCapacity.write(table, key, before, after, FACTOR).stating(ConsumedCapacity.Axis.WRITE);
    }

    /** A ConditionCheck: billed as a write of the item it read, on the table only. */
    public static ConsumedCapacity conditionCheck(Table table, Item current) {
        return new ConsumedCapacity(table.name())
                .addTable(FACTOR * CapacityUnits.writeUnits(current == null ? 0 : current.size()))
                .stating(ConsumedCapacity.Axis.WRITE);
    }

    /**
     * A transactional read of this many bytes of one item: a Get, or one action of a write transaction replayed
     * under its ClientRequestToken (the service then reads instead of writing). Always strongly consistent.
     */
    public static ConsumedCapacity read(String tableName, long bytes) {
        return new ConsumedCapacity(tableName)
                .addTable(FACTOR * CapacityUnits.readUnits(bytes, true))
                .stating(ConsumedCapacity.Axis.READ);
    }
}
