package io.ddbworkbench.engine.capacity;

import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity one request consumed on one table: the table's own units and each secondary index's. An index
 * that cost nothing is left out, as the service leaves it out of its response.
 */
public final class ConsumedCapacity {
    private final String tableName;
    private double table;
    private final Map<String, Double> globalIndexes = new LinkedHashMap<>();
    private final Map<String, Double> localIndexes = new LinkedHashMap<>();

    public ConsumedCapacity(String tableName) {
        this.tableName = tableName;
    }

    public ConsumedCapacity addTable(double units) {
        table += units;
        return this;
    }

    public ConsumedCapacity addIndex(String indexName, boolean global, double units) {
        if (units > 0) {
            (global ? globalIndexes : localIndexes).merge(indexName, units, Double::sum);
        }
        return this;
    }

    /** Adds another request's consumption on the same table (batches and transactions sum per table). */
    public ConsumedCapacity add(ConsumedCapacity other) {
        table += other.table;
        other.globalIndexes.forEach((name, units) -> globalIndexes.merge(name, units, Double::sum));
        other.localIndexes.forEach((name, units) -> localIndexes.merge(name, units, Double::sum));
        return this;
    }

    public String tableName() {
        return tableName;
    }

    /** The table's units plus every index's. */
    public double total() {
        double total = table;
        for (double units : globalIndexes.values()) {
            total += units;
        }
        for (double units : localIndexes.values()) {
            total += units;
        }
        return total;
    }

    /** The ConsumedCapacity structure for a response, or null when the request asked for NONE. */
    public JsonObject toJson(ReturnConsumedCapacity mode) {
        if (mode == ReturnConsumedCapacity.NONE) {
            return null;
        }
        JsonObject json = new JsonObject().put("TableName", tableName).put("CapacityUnits", JsonNumber.of(total()));
        if (mode == ReturnConsumedCapacity.INDEXES) {
            json.put("Table", units(table));
            if (!globalIndexes.isEmpty()) {
                json.put("GlobalSecondaryIndexes", unitsByIndex(globalIndexes));
            }
            if (!localIndexes.isEmpty()) {
                json.put("LocalSecondaryIndexes", unitsByIndex(localIndexes));
            }
        }
        return json;
    }

    private static JsonObject units(double units) {
        return new JsonObject().put("CapacityUnits", JsonNumber.of(units));
    }

    private static JsonObject unitsByIndex(Map<String, Double> byIndex) {
        JsonObject json = new JsonObject();
        byIndex.forEach((name, units) -> json.put(name, units(units)));
        return json;
    }
}
