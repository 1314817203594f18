package io.ddbworkbench.engine.action.batch;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.read.AttributesToGet;
import io.ddbworkbench.engine.read.ItemProjection;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One table's part of a BatchGetItem: its keys and how to read them (projection, consistency). */
public final class TableGets {
    /** A BatchGetItem asks for at most this many keys, over all its tables. */
    public static final int MAX_KEYS = 100;

    private final String tableName;
    private final JsonObject entry;
    private final List<Item> keys;
    private final AttributesToGet attributesToGet;
    private final boolean consistent;
    private ItemProjection projection;

    private TableGets(String tableName, JsonObject entry) {
        this.tableName = tableName;
        this.entry = entry;
        JsonArray keysJson = JsonFields.list(entry, "Keys");
        this.keys = new ArrayList<>();
        if (keysJson != null) {
            for (JsonValue key : keysJson) {
                keys.add(AttributeValueJson.readItem(key));
            }
        }
        this.attributesToGet = AttributesToGet.read(entry);
        this.consistent = Boolean.TRUE.equals(JsonFields.bool(entry, "ConsistentRead"));
    }

    /** Reads one RequestItems entry's JSON shape. */
    public static TableGets read(String tableName, JsonValue json) {
        JsonObject entry = JsonFields.asStructure(json);
        return new TableGets(tableName, entry == null ? new JsonObject() : entry);
    }

    /** The entry's constraint violations: one to a hundred keys, a non-empty AttributesToGet. */
    public void constrain(Constraints check) {
        String path = "RequestItems." + tableName + ".member.Keys";
        if (!entry.has("Keys")) {
            check.notNull("requestItems." + tableName + ".member.keys", null);
        } else if (keys.isEmpty()) {
            check.addWithoutValue(path, "Member must have length greater than or equal to 1");
        } else if (keys.size() > MAX_KEYS) {
            check.addWithoutValue(path, "Member must have length less than or equal to " + MAX_KEYS);
        }
        AttributesToGet.constrain(check, "requestItems." + tableName + ".member.attributesToGet", attributesToGet);
    }

    /** The entry's own rules: its projection, and no key asked for twice. */
    public void check() {
        projection = ItemProjection.check(entry, attributesToGet);
        Set<Item> seen = new HashSet<>();
        for (Item key : keys) {
            if (!seen.add(key)) {
                throw ApiException.validation("Provided list of item keys contains duplicates");
            }
        }
    }

    public String tableName() {
        return tableName;
    }

    public List<Item> keys() {
        return keys;
    }

    public boolean consistent() {
        return consistent;
    }

    public ItemProjection projection() {
        return projection;
    }

    /** True when the entry uses the legacy AttributesToGet. */
    public boolean usesAttributesToGet() {
        return attributesToGet != null;
    }

    /** The entry as it goes back in UnprocessedKeys: the same options, only the keys left to read. */
    public JsonObject unprocessed(JsonArray keysLeft) {
        JsonObject copy = new JsonObject();
        entry.entries().forEach(member -> copy.put(member.getKey(), member.getValue()));
        return copy.put("Keys", keysLeft);
    }
}
