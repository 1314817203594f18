package io.ddbworkbench.engine.action.item;

import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import java.util.Map;

/**
 * Item collection metrics: on a table with local secondary indexes, every item sharing a partition key (with
 * its local index entries) forms an item collection, limited to 10 GB. Writes report the collection's size
 * when asked; the sizes are tracked by the table as it changes.
 */
public final class ItemCollections {
    private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private ItemCollections() {
    }

    /**
     * The ItemCollectionMetrics structure for the collection the key belongs to, or null when the table has no
     * local secondary index (the service then returns none).
     */
    public static JsonObject metrics(Table table, PrimaryKey key) {
        if (!table.hasItemCollections()) {
            return null;
        }
        double lower = Math.floor(table.itemCollectionSize(key.partition()) / BYTES_PER_GB);
        String partitionName = table.keySchema().partitionKey().name();
        return new JsonObject()
                .put("ItemCollectionKey", AttributeValueJson.writeMap(Map.of(partitionName, key.partition())))
                .put("SizeEstimateRangeGB", new JsonArray().add(JsonNumber.of(lower)).add(JsonNumber.of(lower + 1)));
    }
}
