package io.ddbworkbench.engine.capacity;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.OrderedKey;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.SecondaryIndex;
import io.ddbworkbench.engine.table.Table;

/** What reading or changing one item costs, on the table and on each secondary index. */
public final class ItemCapacity {
    private ItemCapacity() {
    }

    /** A single-item read: by the item's full size (a projection does not make it cheaper), even when absent. */
    public static ConsumedCapacity read(Table table, Item item, boolean consistent) {
        return new ConsumedCapacity(table.name())
                .addTable(CapacityUnits.readUnits(item == null ? 0 : item.size(), consistent));
    }

    /**
     * A single-item write, from the item before and after (either may be null). The table is billed for the
     * larger of the two. Each index is billed only when what it stores changes: a new entry costs its projected
     * size, a removed one likewise, a changed one the larger of the two, and an entry whose index key changed
     * costs a delete plus a put.
     */
    public static ConsumedCapacity write(Table table, PrimaryKey key, Item before, Item after) {
        return write(table, key, before, after, 1);
    }

    /** A write whose table units are multiplied by {@code tableFactor}; index units never are. */
    static ConsumedCapacity write(Table table, PrimaryKey key, Item before, Item after, int tableFactor) {
        ConsumedCapacity capacity = new ConsumedCapacity(table.name())
                .addTable(tableFactor * CapacityUnits.writeUnits(largerSize(before, after)));
        for (SecondaryIndex index : table.indexes().values()) {
            capacity.addIndex(index.name(), index.definition().global(), indexWriteUnits(index, key, before, after));
        }
        return capacity;
    }

    /** The size of the larger of two images of one item (null counts as empty). */
    public static long largerSize(Item before, Item after) {
        return Math.max(before == null ? 0 : before.size(), after == null ? 0 : after.size());
    }

    private static double indexWriteUnits(SecondaryIndex index, PrimaryKey key, Item before, Item after) {
        OrderedKey oldEntry = before == null ? null : index.entryKey(before, key);
        OrderedKey newEntry = after == null ? null : index.entryKey(after, key);
        if (oldEntry == null && newEntry == null) {
            return 0;
        }
        if (oldEntry == null) {
            return CapacityUnits.writeUnits(index.project(after).size());
        }
        Item oldProjected = index.project(before);
        if (newEntry == null) {
            return CapacityUnits.writeUnits(oldProjected.size());
        }
        Item newProjected = index.project(after);
        if (!oldEntry.equals(newEntry)) {
            return CapacityUnits.writeUnits(oldProjected.size()) + CapacityUnits.writeUnits(newProjected.size());
        }
        if (oldProjected.equals(newProjected)) {
            return 0;
        }
        return CapacityUnits.writeUnits(Math.max(oldProjected.size(), newProjected.size()));
    }
}
