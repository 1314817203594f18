package io.ddbworkbench.engine.capacity;

import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import java.util.Collections;
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
    private Axis axis = Axis.UNSTATED;

    /**
     * Whether the response repeats the units as read or write units. Transactions do, at every level; the
     * single-item calls, queries, scans and batches report plain CapacityUnits only.
     */
    public enum Axis {
        UNSTATED(null), READ("ReadCapacityUnits"), WRITE("WriteCapacityUnits");

        private final String member;

        Axis(String member) {
            this.member = member;
        }
    }

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

    /** Reports the units also as read or write units. */
    public ConsumedCapacity stating(Axis stated) {
        axis = stated;
        return this;
    }

    /** Adds another request's consumption on the same table (batches and transactions sum per table). */
    public ConsumedCapacity add(ConsumedCapacity other) {
        table += other.table;
        other.globalIndexes.forEach((name, units) -> globalIndexes.merge(name, units, Double::sum));
        other.localIndexes.forEach((name, units) -> localIndexes.merge(name, units, Double::sum));
        if (axis == Axis.UNSTATED) {
            axis = other.axis;
        }
        return this;
    }

    public String tableName() {
        return tableName;
    }

    /** The table's own units, without its indexes'. */
    public double tableUnits() {
        return table;
    }

    /** Units by global secondary index; only indexes that cost something. */
    public Map<String, Double> globalIndexUnits() {
        return Collections.unmodifiableMap(globalIndexes);
    }

    /** Units by local secondary index; only indexes that cost something. */
    public Map<String, Double> localIndexUnits() {
        return Collections.unmodifiableMap(localIndexes);
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
        JsonObject json = units(new JsonObject().put("TableName", tableName), total());
        if (mode == ReturnConsumedCapacity.INDEXES) {
            json.put("Table", units(new JsonObject(), table));
            if (!globalIndexes.isEmpty()) {
                json.put("GlobalSecondaryIndexes", unitsByIndex(globalIndexes));
            }
            if (!localIndexes.isEmpty()) {
                json.put("LocalSecondaryIndexes", unitsByIndex(localIndexes));
            }
        }
        return json;
    }

    private JsonObject units(JsonObject json, double units) {
        json.put("CapacityUnits", JsonNumber.of(units));
        if (axis.member != null) {
            json.put(axis.member, JsonNumber.of(units));
        }
        return json;
    }

    private JsonObject unitsByIndex(Map<String, Double> byIndex) {
        JsonObject json = new JsonObject();
        byIndex.forEach((name, units) -> json.put(name, units(new JsonObject(), units)));
        return json;
    }
}
