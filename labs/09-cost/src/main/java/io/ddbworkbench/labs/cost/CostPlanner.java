package io.ddbworkbench.labs.cost;

import io.ddbworkbench.labkit.NotDoneYet;
import io.ddbworkbench.toolkit.cost.RegionPrices;
import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Prices a workload both ways, watches a provisioned table run out of capacity, and picks the cheaper mode.
 * Each method is one step of the lab (README.adoc). Prices come from {@link RegionPrices} (US dollars); a month
 * and the planned utilization are in {@link Billing}.
 *
 * <p>The rule of the lab: on demand bills what you use; provisioned bills what you reserve, which must cover the
 * peak. Steady traffic is cheaper provisioned, spiky traffic on demand.
 */
public final class CostPlanner {
    private final DynamoDbClient ddb;
    private final RegionPrices prices;

    public CostPlanner(DynamoDbClient ddb, RegionPrices prices) {
        this.ddb = ddb;
        this.prices = prices;
    }

    /**
     * Step 5: the workload's monthly bill on demand: every request's units (Step 2's {@link CapacityMath}) times
     * the requests per second, times {@link Billing#SECONDS_PER_MONTH}, priced per million request units
     * ({@code prices.readPerMillionRequestUnits()}, {@code writePerMillionRequestUnits()}). Rounded to cents
     * (half up).
     */
    public BigDecimal onDemandMonthly(Workload workload) {
        throw new NotDoneYet("Step 5: price the month on demand: units used times the price per million");
    }

    /**
     * Step 5: the capacity to provision for the workload and its monthly bill. Read (and write) capacity units:
     * the average units per second, times {@code peakToAverage}, divided by {@link Billing#TARGET_UTILIZATION},
     * rounded up, at least 1. The bill: each unit for {@link Billing#HOURS_PER_MONTH} hours at
     * {@code prices.readCapacityUnitHour()} (and {@code writeCapacityUnitHour()}), rounded to cents (half up).
     */
    public ProvisionedPlan provisionedPlan(Workload workload) {
        throw new NotDoneYet("Step 5: size the provisioned capacity for the peak and price it by the hour");
    }

    /**
     * Step 6: writes an item with {@code PutItem} ({@code ReturnConsumedCapacity.TOTAL}) and reports what
     * happened. When the table or one of its global indexes is out of capacity, the SDK retries the request a
     * few times and then throws {@code ProvisionedThroughputExceededException}: report it as
     * {@link WriteOutcome.Throttled} with the exception's {@code numAttempts()} and its first
     * {@code throttlingReasons()} entry (reason and resource).
     */
    public WriteOutcome write(String tableName, Map<String, AttributeValue> item) {
        throw new NotDoneYet("Step 6: write, and report a throttled write with the SDK's attempts and the reason");
    }

    /**
     * Step 7: puts the table in the cheaper billing mode for the workload (Step 5), with one {@code UpdateTable}:
     * {@code BillingMode.PAY_PER_REQUEST} when on demand costs less, otherwise {@code BillingMode.PROVISIONED}
     * with the plan's read and write capacity units.
     */
    public void rightSize(String tableName, Workload workload) {
        throw new NotDoneYet("Step 7: switch the table to the cheaper billing mode (UpdateTable)");
    }
}
