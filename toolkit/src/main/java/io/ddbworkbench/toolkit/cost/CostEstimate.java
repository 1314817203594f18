package io.ddbworkbench.toolkit.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a workload costs per month in each capacity mode, with the figures that led there.
 *
 * @param provisionedReadCapacity  read capacity units to provision for the peak at the target utilization
 * @param provisionedWriteCapacity write capacity units, likewise
 */
public record CostEstimate(RegionPrices prices,
                           double monthlyReadRequestUnits,
                           double monthlyWriteRequestUnits,
                           long provisionedReadCapacity,
                           long provisionedWriteCapacity,
                           BigDecimal onDemandMonthly,
                           BigDecimal provisionedMonthly,
                           BigDecimal storageMonthly) {

    /** The cheaper mode for this workload. */
    public String cheaperMode() {
        return onDemandMonthly.compareTo(provisionedMonthly) <= 0 ? "on-demand" : "provisioned";
    }

    /** A short report in dollars and cents, saying where and when the prices come from. */
    public String summary() {
        return String.format("DynamoDB monthly estimate, %s prices recorded %s:%n"
                        + "  on-demand:   $%s (%.0f read and %.0f write request units, storage included)%n"
                        + "  provisioned: $%s (%d RCU, %d WCU, storage included)%n"
                        + "  storage:     $%s%n"
                        + "  cheaper: %s",
                prices.region(), prices.recorded(), cents(onDemandMonthly), monthlyReadRequestUnits,
                monthlyWriteRequestUnits, cents(provisionedMonthly), provisionedReadCapacity,
                provisionedWriteCapacity, cents(storageMonthly), cheaperMode());
    }

    private static BigDecimal cents(BigDecimal dollars) {
        return dollars.setScale(2, RoundingMode.HALF_UP);
    }
}
