package io.ddbworkbench.toolkit.cost;

import io.ddbworkbench.toolkit.capacity.CapacityUnits;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Prices a {@link Workload} on on-demand and on provisioned capacity, using the service's unit rules from
 * {@link CapacityUnits} and one region's {@link RegionPrices}. A month is 730 hours, as on AWS's own bills.
 */
public final class CostEstimator {
    public static final int HOURS_PER_MONTH = 730;
    static final long SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600L;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final RegionPrices prices;

    public CostEstimator(RegionPrices prices) {
        this.prices = prices;
    }

    /** With the built-in table's prices for {@code region}. */
    public static CostEstimator forRegion(String region) {
        return new CostEstimator(PriceTable.builtIn().region(region));
    }

    public CostEstimate estimate(Workload workload) {
        double readUnitsPerRequest = CapacityUnits.getItem(workload.readItemBytes(), workload.readConsistency());
        double writeUnitsPerRequest = CapacityUnits.write(0, workload.writeItemBytes(), workload.transactionalWrites())
                + workload.globalIndexes() * CapacityUnits.write(0, workload.writeItemBytes(), false);
        double readUnitsPerSecond = workload.readsPerSecond() * readUnitsPerRequest;
        double writeUnitsPerSecond = workload.writesPerSecond() * writeUnitsPerRequest;

        double monthlyReads = readUnitsPerSecond * SECONDS_PER_MONTH;
        double monthlyWrites = writeUnitsPerSecond * SECONDS_PER_MONTH;
        BigDecimal storage = prices.storageGigabyteMonth().multiply(decimal(workload.storedGigabytes()));
        BigDecimal onDemand = perMillion(monthlyReads, prices.readPerMillionRequestUnits())
                .add(perMillion(monthlyWrites, prices.writePerMillionRequestUnits()))
                .add(storage);

        long rcu = capacityFor(readUnitsPerSecond, workload);
        long wcu = capacityFor(writeUnitsPerSecond, workload);
        BigDecimal hours = BigDecimal.valueOf(HOURS_PER_MONTH);
        BigDecimal provisioned = prices.readCapacityUnitHour().multiply(BigDecimal.valueOf(rcu)).multiply(hours)
                .add(prices.writeCapacityUnitHour().multiply(BigDecimal.valueOf(wcu)).multiply(hours))
                .add(storage);
        return new CostEstimate(prices, monthlyReads, monthlyWrites, rcu, wcu, onDemand, provisioned, storage);
    }

    /** Units to provision so the peak runs at the target utilization; a provisioned table has at least 1. */
    private static long capacityFor(double averageUnitsPerSecond, Workload workload) {
        double needed = averageUnitsPerSecond * workload.peakToAverage() / workload.targetUtilization();
        return Math.max(1, (long) Math.ceil(needed - 1e-9));
    }

    private static BigDecimal perMillion(double units, BigDecimal price) {
        return decimal(units).multiply(price).divide(MILLION, MathContext.DECIMAL64);
    }

    private static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value));
    }
}
