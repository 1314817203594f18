package io.ddbworkbench.engine.capacity;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.IndexDefinition;

/**
 * What a Query or Scan costs. Everything the read walks is summed first and rounded once (per started 4 KB,
 * halved when eventually consistent), because the service bills a range read by the data it read, before the
 * filter and the projection. The units land on the table or on the index read. A local index query that
 * needs attributes the index does not hold also fetches each whole item from the table, and every fetch is
 * billed on its own, like a GetItem.
 */
public final class RangeReadCapacity {
    private final String tableName;
    private final IndexDefinition index;
    private final boolean consistent;
    private long bytesRead;
    private double fetchUnits;

    /** {@code index} is null for a read of the table itself. */
    public RangeReadCapacity(String tableName, IndexDefinition index, boolean consistent) {
        this.tableName = tableName;
        this.index = index;
        this.consistent = consistent;
    }

    /** Counts one item or index entry the read walked. */
    public void read(Item entry) {
        bytesRead += entry.size();
    }

    /** Counts one whole item fetched from the table for a local index read. */
    public void fetch(Item item) {
        fetchUnits += CapacityUnits.readUnits(item.size(), consistent);
    }

    public ConsumedCapacity consumed() {
        double units = CapacityUnits.readUnits(bytesRead, consistent);
        ConsumedCapacity capacity = new ConsumedCapacity(tableName).addTable(fetchUnits);
        return index == null ? capacity.addTable(units) : capacity.addIndex(index.name(), index.global(), units);
    }
}
