package io.ddbworkbench.toolkit.table;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A secondary index to create with a table. A global index has its own partition key (and optional sort
 * key) and, on a provisioned table, its own throughput; a local index shares the table's partition key and
 * only chooses another sort key. Both choose what they project: ALL (the default), KEYS_ONLY, or INCLUDE
 * some non-key attributes.
 */
public final class IndexSpec {
    private final String name;
    private final boolean global;
    private final KeyAttribute partitionKey;
    private final KeyAttribute sortKey;
    private final ProjectionType projectionType;
    private final List<String> nonKeyAttributes;
    private final ProvisionedThroughput throughput;

    private IndexSpec(Builder builder) {
        this.name = builder.name;
        this.global = builder.global;
        this.partitionKey = builder.partitionKey;
        this.sortKey = builder.sortKey;
        this.projectionType = builder.projectionType;
        this.nonKeyAttributes = List.copyOf(builder.nonKeyAttributes);
        this.throughput = builder.throughput;
        if (global && partitionKey == null) {
            throw new IllegalArgumentException("global index " + name + " needs a partition key");
        }
        if (!global && sortKey == null) {
            throw new IllegalArgumentException("local index " + name + " needs a sort key (it shares the table's "
                    + "partition key)");
        }
    }

    /** A global secondary index: its own keys, its own throughput. */
    public static Builder global(String name) {
        return new Builder(name, true);
    }

    /** A local secondary index: the table's partition key with another sort key; only at table creation. */
    public static Builder local(String name) {
        return new Builder(name, false);
    }

    String name() {
        return name;
    }

    boolean isGlobal() {
        return global;
    }

    KeyAttribute partitionKey() {
        return partitionKey;
    }

    KeyAttribute sortKey() {
        return sortKey;
    }

    ProvisionedThroughput throughput() {
        return throughput;
    }

    List<KeySchemaElement> keySchema(KeyAttribute tablePartitionKey) {
        KeyAttribute hash = global ? partitionKey : tablePartitionKey;
        KeySchemaElement hashElement = KeySchemaElement.builder().attributeName(hash.name()).keyType(KeyType.HASH)
                .build();
        if (sortKey == null) {
            return List.of(hashElement);
        }
        return List.of(hashElement,
                KeySchemaElement.builder().attributeName(sortKey.name()).keyType(KeyType.RANGE).build());
    }

    Projection projection() {
        Projection.Builder projection = Projection.builder().projectionType(projectionType);
        if (projectionType == ProjectionType.INCLUDE) {
            projection.nonKeyAttributes(nonKeyAttributes);
        }
        return projection.build();
    }

    /** Builder for {@link IndexSpec}. */
    public static final class Builder {
        private final String name;
        private final boolean global;
        private KeyAttribute partitionKey;
        private KeyAttribute sortKey;
        private ProjectionType projectionType = ProjectionType.ALL;
        private List<String> nonKeyAttributes = List.of();
        private ProvisionedThroughput throughput;

        private Builder(String name, boolean global) {
            this.name = Objects.requireNonNull(name, "name");
            this.global = global;
        }

        /** Global indexes only: local indexes use the table's partition key. */
        public Builder partitionKey(String attribute, ScalarAttributeType type) {
            if (!global) {
                throw new IllegalArgumentException("local index " + name + " uses the table's partition key");
            }
            partitionKey = new KeyAttribute(attribute, type);
            return this;
        }

        public Builder sortKey(String attribute, ScalarAttributeType type) {
            sortKey = new KeyAttribute(attribute, type);
            return this;
        }

        /** Every attribute of the item (the default). */
        public Builder projectAll() {
            projectionType = ProjectionType.ALL;
            nonKeyAttributes = List.of();
            return this;
        }

        /** Only the table's and the index's keys. */
        public Builder projectKeysOnly() {
            projectionType = ProjectionType.KEYS_ONLY;
            nonKeyAttributes = List.of();
            return this;
        }

        /** The keys plus these attributes. */
        public Builder projectInclude(String... attributes) {
            if (attributes.length == 0) {
                throw new IllegalArgumentException("INCLUDE needs at least one non-key attribute; use projectKeysOnly");
            }
            projectionType = ProjectionType.INCLUDE;
            nonKeyAttributes = List.of(attributes);
            return this;
        }

        /** Global indexes on provisioned tables; when unset they get the table's throughput. */
        public Builder throughput(long readCapacityUnits, long writeCapacityUnits) {
            if (!global) {
                throw new IllegalArgumentException("local index " + name + " shares the table's throughput");
            }
            throughput = ProvisionedThroughput.builder().readCapacityUnits(readCapacityUnits)
                    .writeCapacityUnits(writeCapacityUnits).build();
            return this;
        }

        public IndexSpec build() {
            return new IndexSpec(this);
        }
    }
}
