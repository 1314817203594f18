package io.ddbworkbench.labs.cost;

import io.ddbworkbench.toolkit.capacity.ReadConsistency;

/**
 * A table's steady traffic, to price: average requests per second over the month, and how much busier the
 * busiest hour is. Reads and writes are of whole items of {@code itemBytes}; reads are single-item reads.
 *
 * @param peakToAverage the busiest hour's rate divided by the average: provisioned capacity must cover the
 *                      peak, while on demand bills only what was used
 */
public record Workload(double readsPerSecond, double writesPerSecond, long itemBytes, ReadConsistency readConsistency,
                       double peakToAverage) {
}
