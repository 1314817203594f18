package io.ddbworkbench.toolkit.capacity;

import java.util.Collection;

/**
 * Read and write units as the service charges them (Developer Guide, "DynamoDB read and write operations").
 * Reads are counted in 4 KB blocks and writes in 1 KB blocks, always rounded up and never below one block;
 * what differs between operations is what gets rounded: each item (GetItem, BatchGetItem, every write) or the
 * sum of everything read (Query, Scan). Figures are the same for on-demand request units and provisioned
 * capacity units.
 */
public final class CapacityUnits {
    static final int READ_BLOCK_BYTES = 4 * 1024;
    static final int WRITE_BLOCK_BYTES = 1024;

    private CapacityUnits() {
    }

    /** GetItem (and each item of TransactGetItems with {@link ReadConsistency#TRANSACTIONAL}). */
    public static double getItem(long itemBytes, ReadConsistency consistency) {
        return blocks(itemBytes, READ_BLOCK_BYTES) * consistency.unitsPerBlock();
    }

    /** BatchGetItem: every item is rounded up to 4 KB on its own before the sizes are added. */
    public static double batchGetItem(Collection<Long> itemBytes, ReadConsistency consistency) {
        return itemBytes.stream().mapToDouble(bytes -> getItem(bytes, consistency)).sum();
    }

    /**
     * Query and Scan: the sizes of all items the operation read (before any filter, which saves no capacity)
     * are added up, and only the total is rounded up to 4 KB.
     */
    public static double queryOrScan(long totalBytesRead, ReadConsistency consistency) {
        return blocks(totalBytesRead, READ_BLOCK_BYTES) * consistency.unitsPerBlock();
    }

    /**
     * PutItem, UpdateItem and DeleteItem: the larger of the item before and after the write (0 when absent),
     * in 1 KB blocks, doubled inside a transaction. A delete of a missing item still costs one unit.
     */
    public static double write(long bytesBefore, long bytesAfter, boolean transactional) {
        return blocks(Math.max(bytesBefore, bytesAfter), WRITE_BLOCK_BYTES) * (transactional ? 2 : 1);
    }

    /** BatchWriteItem: each put or delete is charged as its own write. */
    public static double batchWrite(Collection<Long> itemBytes) {
        return itemBytes.stream().mapToDouble(bytes -> write(0, bytes, false)).sum();
    }

    /** Whole blocks needed for {@code bytes}; at least one, since every request is charged at least a block. */
    static long blocks(long bytes, int blockBytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes);
        }
        return Math.max(1, (bytes + blockBytes - 1) / blockBytes);
    }
}
