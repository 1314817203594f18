package io.ddbworkbench.engine.console;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.expr.KeyConditions;
import io.ddbworkbench.engine.expr.SortKeyCondition;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonSyntaxException;
import io.ddbworkbench.engine.json.JsonWriter;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.read.KeyRange;
import io.ddbworkbench.engine.read.ReadTarget;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.OrderedKey;
import io.ddbworkbench.engine.table.Table;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pages of the items of a table or of the entries of an index, straight from storage: no request is admitted,
 * charged or throttled, and nothing is written, so looking never changes what a lab measures. Each entry comes
 * with its size by the service's rule and the hash of its partition key, the position that decides which
 * partition holds it. A page resumes after the previous one's last key, the way LastEvaluatedKey works.
 */
final class ItemPages {
    static final int DEFAULT_PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 100;
    /** Partition hashes are 63-bit: this turns one into a fraction of the key space, for drawing. */
    private static final double HASH_SPACE = 0x1p63;

    private final EngineContext context;

    ItemPages(EngineContext context) {
        this.context = context;
    }

    /**
     * One page.
     *
     * @param parameters {@code index} (read an index instead of the table), {@code limit} (1 to 100),
     *                   {@code after} (the previous page's {@code next}), {@code pk} and {@code sk} (one item
     *                   collection: a partition key value, and a sort key prefix, or exact value for numbers)
     */
    JsonObject page(String tableName, Parameters parameters) {
        Table table = TableViews.find(context, tableName);
        ReadTarget target = target(table, parameters.get("index"));
        int limit = parameters.limit(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        KeyRange range = range(target.keySchema(), parameters.get("pk"), parameters.get("sk"));
        OrderedKey after = after(target, parameters.get("after"));

        OrderedKey from = range == null ? null : range.from();
        boolean fromInclusive = true;
        if (after != null && (from == null || after.compareTo(from) > 0)) {
            from = after;
            fromInclusive = false;
        }
        Iterator<Map.Entry<OrderedKey, Item>> entries = target.store()
                .range(from, fromInclusive, range == null ? null : range.to(), true, false);
        JsonArray items = new JsonArray();
        Item last = null;
        while (items.size() < limit && entries.hasNext()) {
            Map.Entry<OrderedKey, Item> entry = entries.next();
            last = entry.getValue();
            items.add(new JsonObject()
                    .put("Item", AttributeValueJson.writeItem(last))
                    .put("SizeBytes", last.size())
                    .put("PartitionKeyHash", String.format("%016x", entry.getKey().hash()))
                    .put("HashFraction", JsonNumber.of(entry.getKey().hash() / HASH_SPACE)));
        }
        JsonObject page = new JsonObject()
                .put("TableName", table.name())
                .put("IndexName", target.indexName())
                .put("KeySchema", keySchema(target.keySchema()))
                .put("ItemCount", target.store().itemCount())
                .put("Items", items);
        if (last != null && entries.hasNext()) {
            JsonObject position = AttributeValueJson.writeItem(target.positionOf(last));
            page.put("LastEvaluatedKey", position).put("Next", encode(position));
        }
        return page;
    }

    private static ReadTarget target(Table table, String indexName) {
        if (indexName != null && (table.definition().index(indexName) == null || table.index(indexName) == null)) {
            throw ConsoleException.notFound("Table " + table.name() + " has no index named " + indexName);
        }
        try {
            return ReadTarget.resolve(table, indexName);
        } catch (ApiException notReadable) {
            throw ConsoleException.badRequest(notReadable.getMessage());
        }
    }

    /** The stretch of one item collection, or null to walk everything. */
    private static KeyRange range(KeySchema schema, String partitionText, String sortText) {
        if (partitionText == null) {
            if (sortText != null) {
                throw ConsoleException.badRequest("A sort key value needs a partition key value (pk) too");
            }
            return null;
        }
        KeyAttribute partition = schema.partitionKey();
        AttributeValue partitionValue = keyValue(partition, partitionText);
        SortKeyCondition sort = null;
        if (sortText != null) {
            KeyAttribute sortKey = schema.sortKey();
            if (sortKey == null) {
                throw ConsoleException.badRequest("There is no sort key here: leave sk empty");
            }
            // Numbers have no prefixes; a number narrows the collection to that one sort key value.
            SortKeyCondition.Operator operator = sortKey.type() == AttributeType.N
                    ? SortKeyCondition.Operator.EQ : SortKeyCondition.Operator.BEGINS_WITH;
            sort = new SortKeyCondition(sortKey.name(), operator, List.of(keyValue(sortKey, sortText)));
        }
        return KeyRange.of(new KeyConditions(partition.name(), partitionValue, sort));
    }

    /** A key value typed in the console: text for S, a number for N, Base64 for B. */
    private static AttributeValue keyValue(KeyAttribute key, String text) {
        try {
            return switch (key.type()) {
                case N -> NumberValue.parse(text);
                case B -> BinaryValue.wrap(Base64.getDecoder().decode(text));
                default -> new StringValue(text);
            };
        } catch (ApiException | IllegalArgumentException e) {
            String expected = key.type() == AttributeType.N ? "a number" : "Base64 text";
            throw ConsoleException.badRequest(key.name() + " is of type " + key.type() + ": '" + text + "' is not "
                    + expected);
        }
    }

    /** Where the previous page ended, checked against the target's key attributes. */
    private static OrderedKey after(ReadTarget target, String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            Item position = AttributeValueJson.readItem(JsonParser.parse(json));
            if (position != null && target.table().keySchema().keyOfOrNull(position) != null
                    && target.keySchema().keyOfOrNull(position) != null) {
                return target.orderOf(position);
            }
        } catch (IllegalArgumentException | JsonSyntaxException | ApiException e) {
            // answered below: whatever is wrong with it, it is no position here
        }
        throw ConsoleException.badRequest("'after' is not a position in this table or index: start from the first"
                + " page");
    }

    private static String encode(JsonObject position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JsonWriter.toBytes(position));
    }

    /** A key schema with each attribute's type, which the TableDescription keeps in a separate list. */
    private static JsonArray keySchema(KeySchema schema) {
        JsonArray elements = new JsonArray();
        for (KeyAttribute attribute : schema.attributes()) {
            elements.add(new JsonObject()
                    .put("AttributeName", attribute.name())
                    .put("KeyType", attribute == schema.partitionKey() ? "HASH" : "RANGE")
                    .put("AttributeType", attribute.type().name()));
        }
        return elements;
    }
}
