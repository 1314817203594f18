package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.BillingMode;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.StreamSettings;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.validation.Constraints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A CreateTable request, read whole, then checked and turned into a table definition. The operation-layer
 * checks run in the order the service applies them (taken from captured service behaviour), so a request
 * with several mistakes is refused for the same one as on AWS.
 */
public record CreateTableSpec(String tableName, List<AttributeDefinitionSpec> attributeDefinitions,
                              List<KeyElementSpec> keySchema, List<IndexSpec> localIndexes,
                              List<IndexSpec> globalIndexes, String billingMode, ThroughputSpec throughput,
                              StreamSpec stream, SseSpec sse, List<TagSpec> tags, String tableClass,
                              Boolean deletionProtection) {
    private static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");

    public static CreateTableSpec from(JsonObject request) {
        return new CreateTableSpec(
                TableNameParameter.required(request),
                AttributeDefinitionSpec.listFrom(request, "AttributeDefinitions"),
                KeyElementSpec.listFrom(request, "KeySchema"),
                IndexSpec.listFrom(request, "LocalSecondaryIndexes", false),
                IndexSpec.listFrom(request, "GlobalSecondaryIndexes", true),
                JsonFields.string(request, "BillingMode"),
                ThroughputSpec.from(request, "ProvisionedThroughput"),
                StreamSpec.from(request),
                SseSpec.from(request),
                TagSpec.listFrom(request, "Tags"),
                JsonFields.string(request, "TableClass"),
                JsonFields.bool(request, "DeletionProtectionEnabled"));
    }

    /** The API model's constraints; a bad table name is reported on its own, the rest together. */
    public void checkShape() {
        Constraints.check().newResourceName("tableName", tableName).throwIfAny();
        Constraints check = Constraints.check().oneOf("billingMode", billingMode, BILLING_MODES);
        ThroughputSpec.checkShape(check, "provisionedThroughput", throughput);
        KeyElementSpec.checkShape(check, "keySchema", keySchema);
        check.notNull("attributeDefinitions", attributeDefinitions);
        AttributeDefinitionSpec.checkShape(check, "attributeDefinitions", attributeDefinitions);
        SpecLists.checkEach(check, "localSecondaryIndexes", localIndexes,
                (path, index) -> IndexSpec.checkShape(check, path, index));
        SpecLists.checkEach(check, "globalSecondaryIndexes", globalIndexes,
                (path, index) -> IndexSpec.checkShape(check, path, index));
        StreamSpec.checkShape(check, stream);
        SseSpec.checkShape(check, sse);
        TagSpec.checkShape(check, "tags", tags);
        check.throwIfAny();
    }

    /**
     * Applies the operation's rules and builds the new table's definition, CREATING until {@code readyAt}.
     */
    public TableDefinition define(EngineOptions options, Instant now, Instant readyAt) {
        BillingMode mode = billingMode == null ? BillingMode.PROVISIONED : BillingMode.valueOf(billingMode);
        checkThroughputForBillingMode(mode);
        TableClasses.check(tableClass);
        Map<String, AttributeType> definitions = AttributeDefinitionSpec.toMap(attributeDefinitions);
        KeyElementSpec.checkTableKeys(keySchema, definitions);
        KeySchema tableKeys = KeyElementSpec.toKeySchema(keySchema, definitions);
        checkLocalIndexes(definitions, tableKeys);
        checkGlobalIndexes(definitions, mode);
        checkEveryDefinitionUsed(definitions);
        IndexLimits.checkProjectedAttributes(projectedAttributeCount());
        if (stream != null) {
            stream.checkForCreate();
        }
        String arn = Arns.table(options, tableName);
        TableDefinition.Builder builder = new TableDefinition.Builder()
                .name(tableName)
                .tableId(UUID.randomUUID().toString())
                .arn(arn)
                .createdAt(now)
                .keySchema(tableKeys)
                .attributeDefinitions(definitions)
                .billingMode(mode)
                .throughput(mode == BillingMode.PAY_PER_REQUEST ? ProvisionedThroughput.ON_DEMAND
                        : ProvisionedThroughput.of(throughput.read(), throughput.write()))
                .lastUpdateToPayPerRequest(mode == BillingMode.PAY_PER_REQUEST ? now : null)
                .localIndexes(indexDefinitions(localIndexes, false, definitions, arn, readyAt))
                .globalIndexes(indexDefinitions(globalIndexes, true, definitions, arn, readyAt))
                .sse(sse == null ? null : sse.toSettings(options))
                .tags(tags == null ? Map.of() : TagSpec.merge(Map.of(), tags))
                .tableClass(tableClass == null ? TableClasses.STANDARD : tableClass)
                .deletionProtection(Boolean.TRUE.equals(deletionProtection))
                .status(TableStatus.CREATING)
                .readyAt(readyAt);
        if (stream != null && stream.enabled()) {
            builder.stream(stream.start(arn, now, StreamSettings.DISABLED));
        }
        return builder.build();
    }

    private void checkThroughputForBillingMode(BillingMode mode) {
        if (mode == BillingMode.PAY_PER_REQUEST && throughput != null) {
            throw ThroughputSpec.notAllowedOnDemand();
        }
        if (mode == BillingMode.PROVISIONED && throughput == null) {
            throw InvalidParameter.of("ReadCapacityUnits and WriteCapacityUnits must both be specified when "
                    + "BillingMode is PROVISIONED");
        }
        if (throughput != null) {
            throughput.checkBounds();
        }
    }

    private void checkLocalIndexes(Map<String, AttributeType> definitions, KeySchema tableKeys) {
        if (localIndexes == null) {
            return;
        }
        if (localIndexes.isEmpty()) {
            throw InvalidParameter.of("List of LocalSecondaryIndexes is empty");
        }
        if (!tableKeys.hasSortKey()) {
            throw InvalidParameter.of("Table KeySchema does not have a range key, which is required when "
                    + "specifying a LocalSecondaryIndex");
        }
        Set<String> names = new HashSet<>();
        for (IndexSpec index : localIndexes) {
            KeyElementSpec.checkDefinedAndOrdered(index.keySchema(), definitions);
            if (index.keySchema().size() != 2) {
                throw InvalidParameter.of("Index KeySchema does not have a range key for index: " + index.indexName());
            }
            String indexHash = index.keySchema().get(0).attributeName();
            String tableHash = tableKeys.partitionKey().name();
            if (!indexHash.equals(tableHash)) {
                throw InvalidParameter.of("Index KeySchema does not have the same leading hash key as table "
                        + "KeySchema for index: " + index.indexName() + ". index hash key: " + indexHash
                        + ", table hash key: " + tableHash);
            }
            index.projection().checkConsistent();
            checkUniqueName(names, index);
        }
        if (localIndexes.size() > IndexLimits.MAX_LOCAL_INDEXES) {
            throw InvalidParameter.of("Number of LocalSecondaryIndexes exceeds per-table limit of "
                    + IndexLimits.MAX_LOCAL_INDEXES);
        }
    }

    private void checkGlobalIndexes(Map<String, AttributeType> definitions, BillingMode mode) {
        if (globalIndexes == null) {
            return;
        }
        if (globalIndexes.isEmpty()) {
            throw InvalidParameter.of("List of GlobalSecondaryIndexes is empty");
        }
        Set<String> names = new HashSet<>();
        if (localIndexes != null) {
            localIndexes.forEach(index -> names.add(index.indexName()));
        }
        for (IndexSpec index : globalIndexes) {
            index.checkKeysAndProjection(definitions);
            if (mode == BillingMode.PAY_PER_REQUEST && index.throughput() != null) {
                throw InvalidParameter.of("ProvisionedThroughput should not be specified for index: "
                        + index.indexName() + " when BillingMode is PAY_PER_REQUEST");
            }
            if (mode == BillingMode.PROVISIONED && index.throughput() == null) {
                throw InvalidParameter.of("ProvisionedThroughput is not specified for index: " + index.indexName());
            }
            if (index.throughput() != null) {
                index.throughput().checkBounds();
            }
            checkUniqueName(names, index);
        }
        if (globalIndexes.size() > IndexLimits.MAX_GLOBAL_INDEXES) {
            throw InvalidParameter.of("GlobalSecondaryIndex count exceeds the per-table limit of "
                    + IndexLimits.MAX_GLOBAL_INDEXES);
        }
    }

    private static void checkUniqueName(Set<String> names, IndexSpec index) {
        if (!names.add(index.indexName())) {
            throw InvalidParameter.of("Duplicate index name: " + index.indexName());
        }
    }

    /**
     * Every defined attribute must be a key of the table or of an index. The service words this differently
     * for a table without indexes (a count mismatch) and one with them (the unused names are listed).
     */
    private void checkEveryDefinitionUsed(Map<String, AttributeType> definitions) {
        Set<String> used = new LinkedHashSet<>(KeyElementSpec.attributeNames(keySchema));
        boolean hasIndexes = localIndexes != null || globalIndexes != null;
        for (IndexSpec index : allIndexes()) {
            used.addAll(KeyElementSpec.attributeNames(index.keySchema()));
        }
        if (definitions.size() == used.size()) {
            return;
        }
        if (!hasIndexes) {
            throw InvalidParameter.of("Number of attributes in KeySchema does not exactly match number of "
                    + "attributes defined in AttributeDefinitions");
        }
        throw InvalidParameter.of("Some AttributeDefinitions are not used. AttributeDefinitions: "
                + KeyElementSpec.bracketed(definitions.keySet()) + ", keys used: " + KeyElementSpec.bracketed(used));
    }

    private int projectedAttributeCount() {
        int count = 0;
        for (IndexSpec index : allIndexes()) {
            count += index.projection().projectedAttributeCount();
        }
        return count;
    }

    private List<IndexSpec> allIndexes() {
        List<IndexSpec> all = new ArrayList<>();
        if (localIndexes != null) {
            all.addAll(localIndexes);
        }
        if (globalIndexes != null) {
            all.addAll(globalIndexes);
        }
        return all;
    }

    private static List<IndexDefinition> indexDefinitions(List<IndexSpec> indexes, boolean global,
                                                          Map<String, AttributeType> definitions, String tableArn,
                                                          Instant readyAt) {
        if (indexes == null) {
            return List.of();
        }
        List<IndexDefinition> result = new ArrayList<>(indexes.size());
        for (IndexSpec index : indexes) {
            ProvisionedThroughput capacity = !global ? null : index.throughput() == null
                    ? ProvisionedThroughput.ON_DEMAND
                    : ProvisionedThroughput.of(index.throughput().read(), index.throughput().write());
            result.add(new IndexDefinition(index.indexName(), global,
                    KeyElementSpec.toKeySchema(index.keySchema(), definitions),
                    index.projection().toProjection(), capacity,
                    global ? TableStatus.CREATING : TableStatus.ACTIVE, global ? readyAt : null,
                    Arns.index(tableArn, index.indexName())));
        }
        return result;
    }
}
