package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.BillingMode;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.validation.Constraints;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** CreateTable. */
public final class CreateTable implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String name = JsonFields.string(request, "TableName");
        Constraints.check().newResourceName("tableName", name).throwIfAny();
        Map<String, AttributeType> definitions = new LinkedHashMap<>();
        for (JsonValue element : JsonFields.list(request, "AttributeDefinitions")) {
            JsonObject definition = JsonFields.asStructure(element);
            definitions.put(JsonFields.string(definition, "AttributeName"),
                    AttributeType.valueOf(JsonFields.string(definition, "AttributeType")));
        }
        KeyAttribute partition = null;
        KeyAttribute sort = null;
        for (JsonValue element : JsonFields.list(request, "KeySchema")) {
            JsonObject key = JsonFields.asStructure(element);
            String attribute = JsonFields.string(key, "AttributeName");
            KeyAttribute keyAttribute = new KeyAttribute(attribute, definitions.get(attribute));
            if ("HASH".equals(JsonFields.string(key, "KeyType"))) {
                partition = keyAttribute;
            } else {
                sort = keyAttribute;
            }
        }
        if (partition == null) {
            throw ApiException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        String billing = JsonFields.string(request, "BillingMode");
        BillingMode billingMode = billing == null ? BillingMode.PROVISIONED : BillingMode.valueOf(billing);
        ProvisionedThroughput throughput = ProvisionedThroughput.ON_DEMAND;
        JsonObject provisioned = JsonFields.structure(request, "ProvisionedThroughput");
        if (provisioned != null) {
            throughput = ProvisionedThroughput.of(
                    JsonFields.integer(provisioned, "ReadCapacityUnits", "Long"),
                    JsonFields.integer(provisioned, "WriteCapacityUnits", "Long"));
        }
        Instant now = context.clock().instant();
        TableDefinition definition = new TableDefinition.Builder()
                .name(name)
                .tableId(UUID.randomUUID().toString())
                .arn("arn:aws:dynamodb:" + context.options().region() + ":" + context.options().accountId()
                        + ":table/" + name)
                .createdAt(now)
                .keySchema(new KeySchema(partition, sort))
                .attributeDefinitions(definitions)
                .billingMode(billingMode)
                .throughput(throughput)
                .status(context.options().transientStatusDelay().isZero() ? TableStatus.ACTIVE : TableStatus.CREATING)
                .readyAt(now.plus(context.options().transientStatusDelay()))
                .build();
        Table table = context.catalog().create(new Table(definition));
        return new JsonObject().put("TableDescription", TableDescriptions.describe(table));
    }
}
