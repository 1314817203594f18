package io.ddbworkbench.labs.cost;

import java.util.Map;

/**
 * What one write consumed, where: the table's own write units and each global secondary index's.
 *
 * @param globalIndexes units per index name; an index the write did not touch may be absent
 */
public record WriteCost(double table, Map<String, Double> globalIndexes) {
    public WriteCost {
        globalIndexes = Map.copyOf(globalIndexes);
    }

    /** The units one index consumed; 0 when the write did not touch it. */
    public double index(String indexName) {
        return globalIndexes.getOrDefault(indexName, 0.0);
    }

    /** What the write is billed in all. */
    public double total() {
        return table + globalIndexes.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
