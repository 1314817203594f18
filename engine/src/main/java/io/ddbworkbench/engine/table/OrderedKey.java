package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.KeyValues;
import java.util.Arrays;

/**
 * A position in a table or index: the partition value's hash, then a sequence of key values compared in
 * order. Items of one partition are contiguous and sorted by sort key; partitions follow each other in hash
 * order, which is what a Scan walks. Index entries append the base table's key so equal index keys stay
 * distinct. {@link #LOWEST}/{@link #HIGHEST} parts bound range reads.
 */
public final class OrderedKey implements Comparable<OrderedKey> {
    /** Marker that sorts before every value in its position. */
    public static final AttributeValue LOWEST = null;

    private static final int BEFORE_ALL = -1;
    private static final int AFTER_ALL = 1;

    private final long hash;
    private final AttributeValue[] parts;
    /** How missing trailing parts compare: -1 before any value, +1 after any value, 0 only equal to none. */
    private final int tail;

    private OrderedKey(long hash, AttributeValue[] parts, int tail) {
        this.hash = hash;
        this.parts = parts;
        this.tail = tail;
    }

    public static OrderedKey of(AttributeValue partition, AttributeValue... rest) {
        AttributeValue[] parts = new AttributeValue[rest.length + 1];
        parts[0] = partition;
        System.arraycopy(rest, 0, parts, 1, rest.length);
        return new OrderedKey(KeyValues.partitionHash(partition), parts, 0);
    }

    /** A bound sorting before every key that starts with the given parts. */
    public static OrderedKey lowerBound(AttributeValue partition, AttributeValue... rest) {
        OrderedKey key = of(partition, rest);
        return new OrderedKey(key.hash, key.parts, BEFORE_ALL);
    }

    /** A bound sorting after every key that starts with the given parts. */
    public static OrderedKey upperBound(AttributeValue partition, AttributeValue... rest) {
        OrderedKey key = of(partition, rest);
        return new OrderedKey(key.hash, key.parts, AFTER_ALL);
    }

    /** A bound at a hash position only, used to split a table into parallel-scan segments. */
    public static OrderedKey atHash(long hash) {
        return new OrderedKey(hash, new AttributeValue[0], BEFORE_ALL);
    }

    public long hash() {
        return hash;
    }

    public AttributeValue part(int index) {
        return parts[index];
    }

    public int partCount() {
        return parts.length;
    }

    @Override
    public int compareTo(OrderedKey other) {
        int byHash = Long.compare(hash, other.hash);
        if (byHash != 0) {
            return byHash;
        }
        int common = Math.min(parts.length, other.parts.length);
        for (int i = 0; i < common; i++) {
            // Keys with one hash nearly always share their partition value: an equality check is far cheaper.
            if (parts[i].equals(other.parts[i])) {
                continue;
            }
            int byPart = KeyValues.compare(parts[i], other.parts[i]);
            if (byPart != 0) {
                return byPart;
            }
        }
        if (parts.length == other.parts.length) {
            return Integer.compare(tail, other.tail);
        }
        // The shorter key is a prefix of the longer one: its tail decides where it sits.
        return parts.length < other.parts.length ? (tail == AFTER_ALL ? 1 : -1) : (other.tail == AFTER_ALL ? -1 : 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderedKey key && hash == key.hash && tail == key.tail
                && Arrays.equals(parts, key.parts);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash) * 31 + Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return "OrderedKey" + Arrays.toString(parts);
    }
}
