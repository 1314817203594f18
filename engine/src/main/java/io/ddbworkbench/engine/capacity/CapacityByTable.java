package io.ddbworkbench.engine.capacity;

import io.ddbworkbench.engine.json.JsonArray;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The consumed capacity of a request that touches several tables (batches, transactions): one sum per table,
 * reported as a list in the order the tables were first touched.
 */
public final class CapacityByTable {
    private final Map<String, ConsumedCapacity> byTable = new LinkedHashMap<>();

    /** Adds one item's or one table's consumption to its table's sum. */
    public CapacityByTable add(ConsumedCapacity capacity) {
        byTable.computeIfAbsent(capacity.tableName(), ConsumedCapacity::new).add(capacity);
        return this;
    }

    /** The response's ConsumedCapacity list, or null when the request asked for NONE. */
    public JsonArray toJson(ReturnConsumedCapacity mode) {
        if (mode == ReturnConsumedCapacity.NONE) {
            return null;
        }
        JsonArray list = new JsonArray();
        byTable.values().forEach(capacity -> list.add(capacity.toJson(mode)));
        return list;
    }
}
