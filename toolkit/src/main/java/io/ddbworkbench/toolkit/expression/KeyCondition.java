package io.ddbworkbench.toolkit.expression;

/**
 * A Query's key condition: equality on the partition key, and optionally one condition on the sort key, the
 * only shapes the service accepts:
 * <pre>{@code
 * KeyCondition.partitionKey("UserID").eq("user123")
 *         .andSortKey("Timestamp").beginsWith("2024-12")
 * }</pre>
 */
public final class KeyCondition {
    private final String partitionKey;
    private final Object partitionValue;
    private final Condition sortKeyCondition;

    private KeyCondition(String partitionKey, Object partitionValue, Condition sortKeyCondition) {
        this.partitionKey = partitionKey;
        this.partitionValue = partitionValue;
        this.sortKeyCondition = sortKeyCondition;
    }

    public static PartitionKey partitionKey(String name) {
        return new PartitionKey(name);
    }

    /** Narrows the query to part of the partition. */
    public SortKey andSortKey(String name) {
        if (sortKeyCondition != null) {
            throw new IllegalStateException("a key condition has at most one sort key condition");
        }
        return new SortKey(this, name);
    }

    /** The key condition expression, placeholders prefixed {@code k}. */
    public Expression toExpression() {
        Condition condition = Condition.attribute(partitionKey).eq(partitionValue);
        if (sortKeyCondition != null) {
            condition = condition.and(sortKeyCondition);
        }
        return condition.toExpression("k");
    }

    /** The partition key half: always an equality. */
    public static final class PartitionKey {
        private final String name;

        private PartitionKey(String name) {
            this.name = name;
        }

        public KeyCondition eq(Object value) {
            return new KeyCondition(name, value, null);
        }
    }

    /** The sort key half: one comparison, a range or a prefix. */
    public static final class SortKey {
        private final KeyCondition partition;
        private final Condition.Operand operand;

        private SortKey(KeyCondition partition, String name) {
            this.partition = partition;
            this.operand = Condition.attribute(name);
        }

        public KeyCondition eq(Object value) {
            return with(operand.eq(value));
        }

        public KeyCondition lt(Object value) {
            return with(operand.lt(value));
        }

        public KeyCondition le(Object value) {
            return with(operand.le(value));
        }

        public KeyCondition gt(Object value) {
            return with(operand.gt(value));
        }

        public KeyCondition ge(Object value) {
            return with(operand.ge(value));
        }

        /** Inclusive on both ends. */
        public KeyCondition between(Object low, Object high) {
            return with(operand.between(low, high));
        }

        /** For string and binary sort keys only (the service refuses it on numbers). */
        public KeyCondition beginsWith(Object prefix) {
            return with(operand.beginsWith(prefix));
        }

        private KeyCondition with(Condition sortKeyCondition) {
            return new KeyCondition(partition.partitionKey, partition.partitionValue, sortKeyCondition);
        }
    }
}
