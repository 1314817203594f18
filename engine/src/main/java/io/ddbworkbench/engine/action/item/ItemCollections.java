package io.ddbworkbench.engine.action.item;

import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.storage.ItemStore;
import io.ddbworkbench.engine.table.OrderedKey;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.SecondaryIndex;
import io.ddbworkbench.engine.table.Table;
import java.util.Iterator;
import java.util.Map;

/**
 * Item collection metrics: on a table with local secondary indexes, every item sharing a partition key (with
 * its local index entries) forms an item collection, limited to 10 GB. Writes report the collection's size
 * when asked.
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
        if (table.definition().localIndexes().isEmpty()) {
            return null;
        }
        long bytes = partitionBytes(table.items(), key);
        for (SecondaryIndex index : table.indexes().values()) {
            if (!index.definition().global()) {
                bytes += partitionBytes(index.store(), key);
            }
        }
        double lower = Math.floor(bytes / BYTES_PER_GB);
        String partitionName = table.keySchema().partitionKey().name();
        return new JsonObject()
                .put("ItemCollectionKey", AttributeValueJson.writeMap(Map.of(partitionName, key.partition())))
                .put("SizeEstimateRangeGB", new JsonArray().add(JsonNumber.of(lower)).add(JsonNumber.of(lower + 1)));
    }

    private static long partitionBytes(ItemStore store, PrimaryKey key) {
        Iterator<Map.Entry<OrderedKey, Item>> entries = store.range(OrderedKey.lowerBound(key.partition()), true,
                OrderedKey.upperBound(key.partition()), true, false);
        long bytes = 0;
        while (entries.hasNext()) {
            bytes += entries.next().getValue().size();
        }
        return bytes;
    }
}
