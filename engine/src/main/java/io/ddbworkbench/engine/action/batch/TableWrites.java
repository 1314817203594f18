package io.ddbworkbench.engine.action.batch;

import io.ddbworkbench.engine.action.Keys;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.json.JsonWriter;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One table's part of a BatchWriteItem: its puts and deletes, each checked as PutItem and DeleteItem check. */
public final class TableWrites {
    /** A BatchWriteItem carries at most this many requests, over all its tables. */
    public static final int MAX_REQUESTS = 25;

    /** One put (item set) or delete (key set), with its JSON for UnprocessedItems. */
    public record Write(JsonObject json, Item item, Item key) {
        public boolean isPut() {
            return item != null;
        }
    }

    private final String tableName;
    private final JsonArray json;
    private final List<Write> writes = new ArrayList<>();

    private TableWrites(String tableName, JsonArray json) {
        this.tableName = tableName;
        this.json = json;
        for (JsonValue element : json) {
            JsonObject request = JsonFields.asStructure(element);
            JsonObject put = request == null ? null : JsonFields.structure(request, "PutRequest");
            JsonObject delete = request == null ? null : JsonFields.structure(request, "DeleteRequest");
            writes.add(new Write(request, put == null ? null : AttributeValueJson.readItem(put.get("Item")),
                    delete == null ? null : AttributeValueJson.readItem(delete.get("Key"))));
        }
    }

    /** Reads one RequestItems entry's JSON shape. */
    public static TableWrites read(String tableName, JsonValue json) {
        JsonArray list = JsonFields.asList(json);
        return new TableWrites(tableName, list == null ? new JsonArray() : list);
    }

    /** One to twenty-five requests; the service prints the table's whole list as the offending value. */
    public void constrain(Constraints check) {
        if (writes.isEmpty() || writes.size() > MAX_REQUESTS) {
            List<String> rendered = new ArrayList<>();
            json.forEach(element -> rendered.add(JsonWriter.toJson(element)));
            check.add("requestItems", "{" + tableName + "=[" + String.join(", ", rendered) + "]}",
                    "Map value must satisfy constraint: [Member must have length less than or equal to "
                            + MAX_REQUESTS + ", Member must have length greater than or equal to 1]");
        }
    }

    /** The checks that need no table: each request is a put or a delete, and no item is too large. */
    public void checkShapes() {
        for (Write write : writes) {
            if (write.item() == null && write.key() == null) {
                throw ApiException.validation("Supplied AttributeValue has more than one datatypes set, must contain"
                        + " exactly one of the supported datatypes");
            }
            if (write.isPut() && write.item().size() > Item.MAX_SIZE_BYTES) {
                throw ApiException.validation("Item size has exceeded the maximum allowed size");
            }
        }
    }

    /**
     * Checks every request against the table (keys of the declared types, usable key and index key values) and
     * refuses a key written twice; returns the keys in request order.
     */
    public List<PrimaryKey> keysIn(Table table) {
        List<PrimaryKey> keys = new ArrayList<>(writes.size());
        Set<PrimaryKey> seen = new HashSet<>();
        for (Write write : writes) {
            PrimaryKey key;
            if (write.isPut()) {
                if (table.keySchema().keyOfOrNull(write.item()) == null) {
                    throw ApiException.validation("The provided key element does not match the schema");
                }
                key = Keys.ofItem(table.keySchema(), write.item());
                KeyRules.requireIndexableItem(table.definition(), write.item(), null);
            } else {
                key = Keys.ofKey(table.keySchema(), write.key());
            }
            if (!seen.add(key)) {
                throw ApiException.validation("Provided list of item keys contains duplicates");
            }
            keys.add(key);
        }
        return keys;
    }

    public String tableName() {
        return tableName;
    }

    public List<Write> writes() {
        return writes;
    }
}
