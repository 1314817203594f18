package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.expr.KeyConditions;
import io.ddbworkbench.engine.expr.SortKeyCondition;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.table.OrderedKey;
import java.util.Arrays;

/**
 * The stretch of storage a Query's key condition selects: a partition, narrowed by the sort key condition to
 * one contiguous run of entries. Both ends are positions between entries, so a read never has to test each
 * entry against the condition. {@code to} is null when the run reaches the end of the partition.
 */
public record KeyRange(OrderedKey from, OrderedKey to) {

    public static KeyRange of(KeyConditions conditions) {
        AttributeValue partition = conditions.partitionValue();
        OrderedKey partitionStart = OrderedKey.lowerBound(partition);
        OrderedKey partitionEnd = OrderedKey.upperBound(partition);
        SortKeyCondition sort = conditions.sortCondition();
        if (sort == null) {
            return new KeyRange(partitionStart, partitionEnd);
        }
        AttributeValue first = sort.values().get(0);
        switch (sort.operator()) {
            case EQ:
                return new KeyRange(OrderedKey.lowerBound(partition, first), OrderedKey.upperBound(partition, first));
            case LT:
                return new KeyRange(partitionStart, OrderedKey.lowerBound(partition, first));
            case LE:
                return new KeyRange(partitionStart, OrderedKey.upperBound(partition, first));
            case GT:
                return new KeyRange(OrderedKey.upperBound(partition, first), partitionEnd);
            case GE:
                return new KeyRange(OrderedKey.lowerBound(partition, first), partitionEnd);
            case BETWEEN:
                return new KeyRange(OrderedKey.lowerBound(partition, first),
                        OrderedKey.upperBound(partition, sort.values().get(1)));
            default:
                AttributeValue next = prefixSuccessor(first);
                return new KeyRange(OrderedKey.lowerBound(partition, first),
                        next == null ? partitionEnd : OrderedKey.lowerBound(partition, next));
        }
    }

    /**
     * The smallest value greater than every value starting with {@code prefix}, or null when there is none
     * (the prefix is all maximal code points or bytes). Strings order by code point, binaries by unsigned byte.
     */
    static AttributeValue prefixSuccessor(AttributeValue prefix) {
        if (prefix instanceof StringValue string) {
            int[] codePoints = string.value().codePoints().toArray();
            for (int i = codePoints.length - 1; i >= 0; i--) {
                int next = codePoints[i] + 1;
                if (next == Character.MIN_SURROGATE) {
                    next = Character.MAX_SURROGATE + 1;
                }
                if (next <= Character.MAX_CODE_POINT) {
                    codePoints[i] = next;
                    return new StringValue(new String(codePoints, 0, i + 1));
                }
            }
            return null;
        }
        byte[] bytes = ((BinaryValue) prefix).toByteArray();
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] != (byte) 0xFF) {
                bytes[i]++;
                return BinaryValue.wrap(Arrays.copyOf(bytes, i + 1));
            }
        }
        return null;
    }
}
