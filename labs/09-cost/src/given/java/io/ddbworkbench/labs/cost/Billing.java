package io.ddbworkbench.labs.cost;

/** How AWS counts a month and how much headroom this lab plans for (given: nothing to do here). */
public final class Billing {
    /** A month on an AWS bill: 730 hours. */
    public static final int HOURS_PER_MONTH = 730;
    public static final long SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600L;
    /**
     * The share of provisioned capacity a table is planned to use at its peak: 70%, auto scaling's usual target,
     * leaving room for bursts within the hour.
     */
    public static final double TARGET_UTILIZATION = 0.7;

    private Billing() {
    }
}
