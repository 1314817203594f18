package io.ddbworkbench.labs.cost;

import io.ddbworkbench.toolkit.cost.RegionPrices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;

/**
 * Reference solution of lab 09, the planner: both prices from the same units per second, the cheaper one
 * applied to the table, and a throttled write reported with what the SDK and the service said about it.
 */
public final class CostPlanner {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final DynamoDbClient ddb;
    private final RegionPrices prices;

    public CostPlanner(DynamoDbClient ddb, RegionPrices prices) {
        this.ddb = ddb;
        this.prices = prices;
    }

    /** Step 5: on demand pays for the average. */
    public BigDecimal onDemandMonthly(Workload workload) {
        BigDecimal seconds = BigDecimal.valueOf(Billing.SECONDS_PER_MONTH);
        BigDecimal reads = BigDecimal.valueOf(readUnitsPerSecond(workload)).multiply(seconds);
        BigDecimal writes = BigDecimal.valueOf(writeUnitsPerSecond(workload)).multiply(seconds);
        return reads.multiply(prices.readPerMillionRequestUnits())
                .add(writes.multiply(prices.writePerMillionRequestUnits()))
                .divide(MILLION, 2, RoundingMode.HALF_UP);
    }

    /** Step 5: provisioned pays for the peak, with headroom, every hour of the month. */
    public ProvisionedPlan provisionedPlan(Workload workload) {
        long rcu = capacityFor(readUnitsPerSecond(workload), workload.peakToAverage());
        long wcu = capacityFor(writeUnitsPerSecond(workload), workload.peakToAverage());
        BigDecimal perHour = prices.readCapacityUnitHour().multiply(BigDecimal.valueOf(rcu))
                .add(prices.writeCapacityUnitHour().multiply(BigDecimal.valueOf(wcu)));
        BigDecimal monthly = perHour.multiply(BigDecimal.valueOf(Billing.HOURS_PER_MONTH))
                .setScale(2, RoundingMode.HALF_UP);
        return new ProvisionedPlan(rcu, wcu, monthly);
    }

    /**
     * Step 6: by the time the exception arrives the SDK has already retried with backoff; what is left to do is
     * to say which resource ran out, so the fix (more capacity there, on demand, or a slower writer) is clear.
     */
    public WriteOutcome write(String tableName, Map<String, AttributeValue> item) {
        try {
            double units = ddb.putItem(request -> request.tableName(tableName).item(item)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();
            return new WriteOutcome.Written(units);
        } catch (ProvisionedThroughputExceededException refused) {
            Optional<ThrottlingReason> first = refused.throttlingReasons().stream().findFirst();
            return new WriteOutcome.Throttled(refused.numAttempts(), first.map(ThrottlingReason::reason).orElse(null),
                    first.map(ThrottlingReason::resource).orElse(null));
        }
    }

    /** Step 7: the decision is Step 5's comparison; the change is one UpdateTable either way. */
    public void rightSize(String tableName, Workload workload) {
        ProvisionedPlan plan = provisionedPlan(workload);
        if (onDemandMonthly(workload).compareTo(plan.monthlyDollars()) < 0) {
            ddb.updateTable(request -> request.tableName(tableName).billingMode(BillingMode.PAY_PER_REQUEST));
        } else {
            ddb.updateTable(request -> request.tableName(tableName).billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(throughput -> throughput.readCapacityUnits(plan.readCapacityUnits())
                            .writeCapacityUnits(plan.writeCapacityUnits())));
        }
    }

    private static double readUnitsPerSecond(Workload workload) {
        return workload.readsPerSecond() * CapacityMath.readUnits(workload.itemBytes(), workload.readConsistency());
    }

    private static double writeUnitsPerSecond(Workload workload) {
        return workload.writesPerSecond() * CapacityMath.writeUnits(workload.itemBytes(), false);
    }

    /** At least one unit: a provisioned table cannot have less. */
    private static long capacityFor(double unitsPerSecond, double peakToAverage) {
        return Math.max(1, (long) Math.ceil(unitsPerSecond * peakToAverage / Billing.TARGET_UTILIZATION));
    }
}
