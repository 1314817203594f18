package io.ddbworkbench.labs.cost;

import java.math.BigDecimal;

/** The capacity to provision for a workload, and what it costs per month, in US dollars rounded to cents. */
public record ProvisionedPlan(long readCapacityUnits, long writeCapacityUnits, BigDecimal monthlyDollars) {
}
