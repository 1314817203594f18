package io.ddbworkbench.engine.capacity;

/** The unit arithmetic: how many read or write units a number of bytes costs. */
public final class CapacityUnits {
    /** One write unit covers an item of up to 1 KB. */
    public static final int WRITE_UNIT_BYTES = 1024;
    /** One read unit covers a strongly consistent read of up to 4 KB. */
    public static final int READ_UNIT_BYTES = 4096;

    private CapacityUnits() {
    }

    /** Write units for this many bytes: per started kilobyte, and at least one. */
    public static double writeUnits(long bytes) {
        return Math.max(1, ceilDiv(bytes, WRITE_UNIT_BYTES));
    }

    /**
     * Read units for this many bytes read together (one item, or the sum a query or scan read): per started
     * 4 KB, at least one, halved for an eventually consistent read.
     */
    public static double readUnits(long bytes, boolean consistent) {
        long units = Math.max(1, ceilDiv(bytes, READ_UNIT_BYTES));
        return consistent ? units : units / 2.0;
    }

    private static long ceilDiv(long bytes, int unit) {
        return (bytes + unit - 1) / unit;
    }
}
