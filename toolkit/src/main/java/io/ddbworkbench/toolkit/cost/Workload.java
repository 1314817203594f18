package io.ddbworkbench.toolkit.cost;

import io.ddbworkbench.toolkit.capacity.ReadConsistency;

/**
 * A steady workload to price: average request rates, item sizes and stored data. Build with
 * {@link #builder()}; unset rates are zero.
 *
 * @param globalIndexes       how many global secondary indexes every write also lands in (each costs the
 *                            write again, for an index entry as large as the item: projection ALL)
 * @param peakToAverage       how much busier the busiest hour is than the average: provisioned capacity must
 *                            cover the peak, on-demand only bills what was used
 * @param targetUtilization   the share of provisioned capacity you plan to use (auto scaling's target, 0.7 by
 *                            default), leaving headroom for bursts
 */
public record Workload(double readsPerSecond,
                       long readItemBytes,
                       ReadConsistency readConsistency,
                       double writesPerSecond,
                       long writeItemBytes,
                       boolean transactionalWrites,
                       int globalIndexes,
                       double storedGigabytes,
                       double peakToAverage,
                       double targetUtilization) {

    public Workload {
        if (readsPerSecond < 0 || writesPerSecond < 0 || storedGigabytes < 0 || globalIndexes < 0
                || readItemBytes < 0 || writeItemBytes < 0) {
            throw new IllegalArgumentException("rates, sizes and counts cannot be negative");
        }
        if (peakToAverage < 1) {
            throw new IllegalArgumentException("peakToAverage is at least 1 (the peak is never below the average)");
        }
        if (targetUtilization <= 0 || targetUtilization > 1) {
            throw new IllegalArgumentException("targetUtilization must be in (0, 1]: " + targetUtilization);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link Workload}. */
    public static final class Builder {
        private double readsPerSecond;
        private long readItemBytes = 1024;
        private ReadConsistency readConsistency = ReadConsistency.EVENTUAL;
        private double writesPerSecond;
        private long writeItemBytes = 1024;
        private boolean transactionalWrites;
        private int globalIndexes;
        private double storedGigabytes;
        private double peakToAverage = 1;
        private double targetUtilization = 0.7;

        public Builder reads(double perSecond, long itemBytes, ReadConsistency consistency) {
            readsPerSecond = perSecond;
            readItemBytes = itemBytes;
            readConsistency = consistency;
            return this;
        }

        public Builder writes(double perSecond, long itemBytes) {
            writesPerSecond = perSecond;
            writeItemBytes = itemBytes;
            return this;
        }

        public Builder transactionalWrites(boolean value) {
            transactionalWrites = value;
            return this;
        }

        public Builder globalIndexes(int count) {
            globalIndexes = count;
            return this;
        }

        public Builder storedGigabytes(double value) {
            storedGigabytes = value;
            return this;
        }

        public Builder peakToAverage(double value) {
            peakToAverage = value;
            return this;
        }

        public Builder targetUtilization(double value) {
            targetUtilization = value;
            return this;
        }

        public Workload build() {
            return new Workload(readsPerSecond, readItemBytes, readConsistency, writesPerSecond, writeItemBytes,
                    transactionalWrites, globalIndexes, storedGigabytes, peakToAverage, targetUtilization);
        }
    }
}
