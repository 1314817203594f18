package io.ddbworkbench.toolkit.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Everything about a table to create: keys, billing, indexes, stream and TTL. Turns into the CreateTableRequest
 * the service expects, attribute definitions included (each key attribute defined once, with one type).
 *
 * <pre>{@code
 * TableSpec users = TableSpec.builder("Users")
 *         .partitionKey("UserID", ScalarAttributeType.S)
 *         .sortKey("Timestamp", ScalarAttributeType.S)
 *         .onDemand()
 *         .globalIndex(IndexSpec.global("EmailIndex").partitionKey("Email", ScalarAttributeType.S).build())
 *         .stream(StreamViewType.NEW_AND_OLD_IMAGES)
 *         .timeToLive("ExpirationTime")
 *         .build();
 * }</pre>
 */
public final class TableSpec {
    private final String tableName;
    private final KeyAttribute partitionKey;
    private final KeyAttribute sortKey;
    private final ProvisionedThroughput throughput;
    private final List<IndexSpec> indexes;
    private final StreamViewType streamViewType;
    private final String timeToLiveAttribute;

    private TableSpec(Builder builder) {
        this.tableName = builder.tableName;
        this.partitionKey = Objects.requireNonNull(builder.partitionKey, "a table needs a partition key");
        this.sortKey = builder.sortKey;
        this.throughput = builder.throughput;
        this.indexes = List.copyOf(builder.indexes);
        this.streamViewType = builder.streamViewType;
        this.timeToLiveAttribute = builder.timeToLiveAttribute;
        if (sortKey == null && indexes.stream().anyMatch(index -> !index.isGlobal())) {
            throw new IllegalArgumentException("local indexes need a table with a sort key");
        }
    }

    public static Builder builder(String tableName) {
        return new Builder(tableName);
    }

    public String tableName() {
        return tableName;
    }

    /** The attribute TTL reads expiry times from, if the table should have TTL enabled. */
    public Optional<String> timeToLiveAttribute() {
        return Optional.ofNullable(timeToLiveAttribute);
    }

    public CreateTableRequest toRequest() {
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(attributeDefinitions())
                .keySchema(keySchema());
        if (throughput == null) {
            request.billingMode(BillingMode.PAY_PER_REQUEST);
        } else {
            request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput);
        }
        List<GlobalSecondaryIndex> globals = new ArrayList<>();
        List<LocalSecondaryIndex> locals = new ArrayList<>();
        for (IndexSpec index : indexes) {
            if (index.isGlobal()) {
                GlobalSecondaryIndex.Builder global = GlobalSecondaryIndex.builder().indexName(index.name())
                        .keySchema(index.keySchema(partitionKey)).projection(index.projection());
                if (throughput != null) {
                    global.provisionedThroughput(index.throughput() != null ? index.throughput() : throughput);
                }
                globals.add(global.build());
            } else {
                locals.add(LocalSecondaryIndex.builder().indexName(index.name())
                        .keySchema(index.keySchema(partitionKey)).projection(index.projection()).build());
            }
        }
        if (!globals.isEmpty()) {
            request.globalSecondaryIndexes(globals);
        }
        if (!locals.isEmpty()) {
            request.localSecondaryIndexes(locals);
        }
        if (streamViewType != null) {
            request.streamSpecification(StreamSpecification.builder().streamEnabled(true)
                    .streamViewType(streamViewType).build());
        }
        return request.build();
    }

    private List<KeySchemaElement> keySchema() {
        List<KeySchemaElement> schema = new ArrayList<>();
        schema.add(KeySchemaElement.builder().attributeName(partitionKey.name()).keyType(KeyType.HASH).build());
        if (sortKey != null) {
            schema.add(KeySchemaElement.builder().attributeName(sortKey.name()).keyType(KeyType.RANGE).build());
        }
        return schema;
    }

    /** Every key attribute of the table and its indexes, once; the same name with two types is an error. */
    private List<AttributeDefinition> attributeDefinitions() {
        Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
        List<KeyAttribute> keys = new ArrayList<>();
        keys.add(partitionKey);
        if (sortKey != null) {
            keys.add(sortKey);
        }
        for (IndexSpec index : indexes) {
            if (index.partitionKey() != null) {
                keys.add(index.partitionKey());
            }
            if (index.sortKey() != null) {
                keys.add(index.sortKey());
            }
        }
        for (KeyAttribute key : keys) {
            ScalarAttributeType previous = types.putIfAbsent(key.name(), key.type());
            if (previous != null && previous != key.type()) {
                throw new IllegalArgumentException("attribute " + key.name() + " is a key with type " + previous
                        + " and with type " + key.type() + "; an attribute has one type");
            }
        }
        List<AttributeDefinition> definitions = new ArrayList<>();
        types.forEach((name, type) -> definitions.add(AttributeDefinition.builder().attributeName(name)
                .attributeType(type).build()));
        return definitions;
    }

    /** Builder for {@link TableSpec}; on-demand billing unless {@link #provisioned} is called. */
    public static final class Builder {
        private final String tableName;
        private KeyAttribute partitionKey;
        private KeyAttribute sortKey;
        private ProvisionedThroughput throughput;
        private final List<IndexSpec> indexes = new ArrayList<>();
        private StreamViewType streamViewType;
        private String timeToLiveAttribute;

        private Builder(String tableName) {
            this.tableName = Objects.requireNonNull(tableName, "tableName");
        }

        public Builder partitionKey(String attribute, ScalarAttributeType type) {
            partitionKey = new KeyAttribute(attribute, type);
            return this;
        }

        public Builder sortKey(String attribute, ScalarAttributeType type) {
            sortKey = new KeyAttribute(attribute, type);
            return this;
        }

        /** PAY_PER_REQUEST: billed per request, nothing to plan (the default). */
        public Builder onDemand() {
            throughput = null;
            return this;
        }

        /** PROVISIONED: the read and write capacity units the table reserves and pays for by the hour. */
        public Builder provisioned(long readCapacityUnits, long writeCapacityUnits) {
            throughput = ProvisionedThroughput.builder().readCapacityUnits(readCapacityUnits)
                    .writeCapacityUnits(writeCapacityUnits).build();
            return this;
        }

        public Builder globalIndex(IndexSpec index) {
            if (!index.isGlobal()) {
                throw new IllegalArgumentException(index.name() + " is a local index; use localIndex");
            }
            indexes.add(index);
            return this;
        }

        public Builder localIndex(IndexSpec index) {
            if (index.isGlobal()) {
                throw new IllegalArgumentException(index.name() + " is a global index; use globalIndex");
            }
            indexes.add(index);
            return this;
        }

        /** Turns on the table's stream with this view of each change. */
        public Builder stream(StreamViewType viewType) {
            streamViewType = viewType;
            return this;
        }

        /** Enables TTL on this attribute once the table is ACTIVE (epoch seconds; past values expire). */
        public Builder timeToLive(String attribute) {
            timeToLiveAttribute = attribute;
            return this;
        }

        public TableSpec build() {
            return new TableSpec(this);
        }
    }
}
