package io.ddbworkbench.engine.table;

import java.time.Instant;

/**
 * Provisioned read and write capacity, with the bookkeeping DescribeTable reports. On-demand tables carry
 * zeros, as the service shows them.
 */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits,
                                    Instant lastIncrease, Instant lastDecrease, int decreasesToday) {

    public static final ProvisionedThroughput ON_DEMAND = new ProvisionedThroughput(0, 0, null, null, 0);

    public static ProvisionedThroughput of(long read, long write) {
        return new ProvisionedThroughput(read, write, null, null, 0);
    }
}
