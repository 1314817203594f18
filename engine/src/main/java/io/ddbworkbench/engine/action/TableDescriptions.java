package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.storage.ItemStore;
import io.ddbworkbench.engine.table.BillingMode;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.Projection;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.SecondaryIndex;
import io.ddbworkbench.engine.table.SseSettings;
import io.ddbworkbench.engine.table.StreamSettings;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Renders a table as the service's TableDescription structure, members in the service's order. Optional
 * members appear exactly when the service sends them: BillingModeSummary only for a table that is or was
 * on-demand, TableClassSummary only once a class other than the default was set, stream members only once
 * the table has had a stream.
 */
public final class TableDescriptions {
    private static final String STANDARD_CLASS = "STANDARD";

    private TableDescriptions() {
    }

    /** The table as it is now. */
    public static JsonObject describe(Table table, Instant now) {
        return describe(table, table.definition(), now);
    }

    /** The table with the given definition (a response may describe a state other than the stored one). */
    public static JsonObject describe(Table table, TableDefinition definition, Instant now) {
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
        description.put("ProvisionedThroughput", throughput(definition.throughput(), now));
        description.put("TableSizeBytes", table.items().sizeBytes());
        description.put("ItemCount", table.items().itemCount());
        description.put("TableArn", definition.arn());
        description.put("TableId", definition.tableId());
        description.put("BillingModeSummary", billingModeSummary(definition));
        description.put("LocalSecondaryIndexes", indexes(table, definition.localIndexes(), now));
        description.put("GlobalSecondaryIndexes", indexes(table, definition.globalIndexes(), now));
        putStream(description, definition.stream());
        description.put("SSEDescription", sseDescription(definition.sse()));
        description.put("TableClassSummary", tableClassSummary(definition));
        description.put("DeletionProtectionEnabled", definition.deletionProtection());
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

    /** The provisioned figures with their bookkeeping; the decrease count is the one for today (UTC). */
    public static JsonObject throughput(ProvisionedThroughput throughput, Instant now) {
        JsonObject json = new JsonObject();
        if (throughput.lastIncrease() != null) {
            json.put("LastIncreaseDateTime", epochSeconds(throughput.lastIncrease()));
        }
        if (throughput.lastDecrease() != null) {
            json.put("LastDecreaseDateTime", epochSeconds(throughput.lastDecrease()));
        }
        return json.put("NumberOfDecreasesToday", throughput.decreasesOn(now))
                .put("ReadCapacityUnits", throughput.readCapacityUnits())
                .put("WriteCapacityUnits", throughput.writeCapacityUnits());
    }

    /** Timestamps go on the wire as epoch seconds with a fraction, as the SDKs expect. */
    public static JsonNumber epochSeconds(Instant instant) {
        return new JsonNumber(BigDecimal.valueOf(instant.toEpochMilli(), 3).toPlainString());
    }

    private static JsonObject billingModeSummary(TableDefinition definition) {
        if (definition.billingMode() != BillingMode.PAY_PER_REQUEST && definition.lastUpdateToPayPerRequest() == null) {
            return null;
        }
        JsonObject summary = new JsonObject().put("BillingMode", definition.billingMode().name());
        if (definition.lastUpdateToPayPerRequest() != null) {
            summary.put("LastUpdateToPayPerRequestDateTime", epochSeconds(definition.lastUpdateToPayPerRequest()));
        }
        return summary;
    }

    private static JsonArray indexes(Table table, List<IndexDefinition> indexes, Instant now) {
        if (indexes.isEmpty()) {
            return null;
        }
        JsonArray descriptions = new JsonArray();
        for (IndexDefinition index : indexes) {
            JsonObject description = new JsonObject()
                    .put("IndexName", index.name())
                    .put("KeySchema", keySchema(index.keySchema()))
                    .put("Projection", projection(index.projection()));
            if (index.global()) {
                description.put("IndexStatus", index.status().name());
                if (index.backfilling()) {
                    description.put("Backfilling", true);
                }
                description.put("ProvisionedThroughput", throughput(index.throughput(), now));
            }
            SecondaryIndex live = table.index(index.name());
            ItemStore entries = live == null ? null : live.store();
            description.put("IndexSizeBytes", entries == null ? 0 : entries.sizeBytes())
                    .put("ItemCount", entries == null ? 0 : entries.itemCount())
                    .put("IndexArn", index.arn());
            descriptions.add(description);
        }
        return descriptions;
    }

    private static JsonObject projection(Projection projection) {
        JsonObject json = new JsonObject().put("ProjectionType", projection.type().name());
        if (!projection.nonKeyAttributes().isEmpty()) {
            JsonArray attributes = new JsonArray();
            projection.nonKeyAttributes().forEach(attributes::add);
            json.put("NonKeyAttributes", attributes);
        }
        return json;
    }

    /** A disabled stream leaves no StreamSpecification, but the latest stream's label and ARN stay. */
    private static void putStream(JsonObject description, StreamSettings stream) {
        if (stream.enabled()) {
            description.put("StreamSpecification", new JsonObject()
                    .put("StreamEnabled", true)
                    .put("StreamViewType", stream.viewType().name()));
        }
        description.put("LatestStreamLabel", stream.latestLabel());
        description.put("LatestStreamArn", stream.latestArn());
    }

    private static JsonObject sseDescription(SseSettings sse) {
        if (sse == null) {
            return null;
        }
        return new JsonObject()
                .put("Status", "ENABLED")
                .put("SSEType", sse.sseType())
                .put("KMSMasterKeyArn", sse.kmsMasterKeyArn());
    }

    private static JsonObject tableClassSummary(TableDefinition definition) {
        if (STANDARD_CLASS.equals(definition.tableClass()) && definition.tableClassChangedAt() == null) {
            return null;
        }
        JsonObject summary = new JsonObject().put("TableClass", definition.tableClass());
        if (definition.tableClassChangedAt() != null) {
            summary.put("LastUpdateDateTime", epochSeconds(definition.tableClassChangedAt()));
        }
        return summary;
    }
}
