package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.AttributeType;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything DescribeTable reports about a table except its contents. Immutable: a change (UpdateTable, TTL,
 * tags) builds a new definition and swaps it in, so readers always see a consistent one.
 *
 * @param attributeDefinitions key attribute names to types, in request order
 * @param readyAt when a CREATING/UPDATING/DELETING status turns final (immediately unless transient
 *                statuses are delayed)
 * @param lastUpdateToPayPerRequest when the table last became on-demand (at creation or by UpdateTable);
 *                null for a table that was always provisioned, which is why it has no BillingModeSummary
 * @param tableClassChangedAt when UpdateTable last changed the table class; null if never
 * @param sse the KMS key encrypting the table, or null for the default AWS-owned key
 */
public record TableDefinition(
        String name,
        String tableId,
        String arn,
        Instant createdAt,
        KeySchema keySchema,
        Map<String, AttributeType> attributeDefinitions,
        BillingMode billingMode,
        ProvisionedThroughput throughput,
        List<IndexDefinition> localIndexes,
        List<IndexDefinition> globalIndexes,
        StreamSettings stream,
        TimeToLiveSettings timeToLive,
        Map<String, String> tags,
        boolean deletionProtection,
        String tableClass,
        TableStatus status,
        Instant readyAt,
        Instant lastUpdateToPayPerRequest,
        Instant tableClassChangedAt,
        SseSettings sse) {

    public TableDefinition {
        attributeDefinitions = Collections.unmodifiableMap(new LinkedHashMap<>(attributeDefinitions));
        localIndexes = List.copyOf(localIndexes);
        globalIndexes = List.copyOf(globalIndexes);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** The index with this name, local or global, or null. */
    public IndexDefinition index(String indexName) {
        for (IndexDefinition index : localIndexes) {
            if (index.name().equals(indexName)) {
                return index;
            }
        }
        for (IndexDefinition index : globalIndexes) {
            if (index.name().equals(indexName)) {
                return index;
            }
        }
        return null;
    }

    /**
     * The attribute definitions still used by a key of the table or of one of its indexes. The service keeps
     * the two in step: once an index is gone, a definition only it used is dropped.
     */
    public Map<String, AttributeType> usedAttributeDefinitions() {
        Set<String> used = new HashSet<>(keySchema.names());
        for (IndexDefinition index : localIndexes) {
            used.addAll(index.keySchema().names());
        }
        for (IndexDefinition index : globalIndexes) {
            used.addAll(index.keySchema().names());
        }
        Map<String, AttributeType> kept = new LinkedHashMap<>();
        attributeDefinitions.forEach((attribute, type) -> {
            if (used.contains(attribute)) {
                kept.put(attribute, type);
            }
        });
        return kept;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-and-change builder, so updates name only what they change. */
    public static final class Builder {
        private String name;
        private String tableId;
        private String arn;
        private Instant createdAt;
        private KeySchema keySchema;
        private Map<String, AttributeType> attributeDefinitions = Map.of();
        private BillingMode billingMode = BillingMode.PROVISIONED;
        private ProvisionedThroughput throughput = ProvisionedThroughput.ON_DEMAND;
        private List<IndexDefinition> localIndexes = List.of();
        private List<IndexDefinition> globalIndexes = List.of();
        private StreamSettings stream = StreamSettings.DISABLED;
        private TimeToLiveSettings timeToLive = TimeToLiveSettings.DISABLED;
        private Map<String, String> tags = Map.of();
        private boolean deletionProtection;
        private String tableClass = "STANDARD";
        private TableStatus status = TableStatus.ACTIVE;
        private Instant readyAt;
        private Instant lastUpdateToPayPerRequest;
        private Instant tableClassChangedAt;
        private SseSettings sse;

        public Builder() {
        }

        private Builder(TableDefinition d) {
            name = d.name;
            tableId = d.tableId;
            arn = d.arn;
            createdAt = d.createdAt;
            keySchema = d.keySchema;
            attributeDefinitions = d.attributeDefinitions;
            billingMode = d.billingMode;
            throughput = d.throughput;
            localIndexes = d.localIndexes;
            globalIndexes = d.globalIndexes;
            stream = d.stream;
            timeToLive = d.timeToLive;
            tags = d.tags;
            deletionProtection = d.deletionProtection;
            tableClass = d.tableClass;
            status = d.status;
            readyAt = d.readyAt;
            lastUpdateToPayPerRequest = d.lastUpdateToPayPerRequest;
            tableClassChangedAt = d.tableClassChangedAt;
            sse = d.sse;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder tableId(String value) { tableId = value; return this; }
        public Builder arn(String value) { arn = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder keySchema(KeySchema value) { keySchema = value; return this; }
        public Builder attributeDefinitions(Map<String, AttributeType> value) { attributeDefinitions = value; return this; }
        public Builder billingMode(BillingMode value) { billingMode = value; return this; }
        public Builder throughput(ProvisionedThroughput value) { throughput = value; return this; }
        public Builder localIndexes(List<IndexDefinition> value) { localIndexes = value; return this; }
        public Builder globalIndexes(List<IndexDefinition> value) { globalIndexes = value; return this; }
        public Builder stream(StreamSettings value) { stream = value; return this; }
        public Builder timeToLive(TimeToLiveSettings value) { timeToLive = value; return this; }
        public Builder tags(Map<String, String> value) { tags = value; return this; }
        public Builder deletionProtection(boolean value) { deletionProtection = value; return this; }
        public Builder tableClass(String value) { tableClass = value; return this; }
        public Builder status(TableStatus value) { status = value; return this; }
        public Builder readyAt(Instant value) { readyAt = value; return this; }
        public Builder lastUpdateToPayPerRequest(Instant value) { lastUpdateToPayPerRequest = value; return this; }
        public Builder tableClassChangedAt(Instant value) { tableClassChangedAt = value; return this; }
        public Builder sse(SseSettings value) { sse = value; return this; }

        public TableDefinition build() {
            return new TableDefinition(name, tableId, arn, createdAt, keySchema, attributeDefinitions, billingMode,
                    throughput, localIndexes, globalIndexes, stream, timeToLive, tags, deletionProtection,
                    tableClass, status, readyAt, lastUpdateToPayPerRequest, tableClassChangedAt, sse);
        }
    }
}
