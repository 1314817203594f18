package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import java.util.Map;

/** Renders a table as the service's TableDescription structure. */
public final class TableDescriptions {
    private TableDescriptions() {
    }

    public static JsonObject describe(Table table) {
        TableDefinition definition = table.definition();
        JsonObject description = new JsonObject();
        JsonArray attributes = new JsonArray();
        for (Map.Entry<String, AttributeType> attribute : definition.attributeDefinitions().entrySet()) {
            attributes.add(new JsonObject()
                    .put("AttributeName", attribute.getKey())
                    .put("AttributeType", attribute.getValue().name()));
        }
        description.put("AttributeDefinitions", attributes);
        description.put("TableName", definition.name());
        description.put("KeySchema", keySchema(definition.keySchema()));
        description.put("TableStatus", definition.status().name());
        description.put("CreationDateTime", epochSeconds(definition.createdAt()));
        description.put("TableSizeBytes", table.items().sizeBytes());
        description.put("ItemCount", table.items().itemCount());
        description.put("TableArn", definition.arn());
        description.put("TableId", definition.tableId());
        return description;
    }

    public static JsonArray keySchema(KeySchema schema) {
        JsonArray elements = new JsonArray();
        elements.add(new JsonObject().put("AttributeName", schema.partitionKey().name()).put("KeyType", "HASH"));
        if (schema.hasSortKey()) {
            elements.add(new JsonObject().put("AttributeName", schema.sortKey().name()).put("KeyType", "RANGE"));
        }
        return elements;
    }

    /** Timestamps go on the wire as epoch seconds with a fraction, as the SDKs expect. */
    public static JsonNumber epochSeconds(java.time.Instant instant) {
        return new JsonNumber(java.math.BigDecimal.valueOf(instant.toEpochMilli(), 3).toPlainString());
    }
}
