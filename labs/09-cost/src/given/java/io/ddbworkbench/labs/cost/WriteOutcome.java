package io.ddbworkbench.labs.cost;

/** What became of one write to a table that may be throttled. */
public sealed interface WriteOutcome {

    /** The write went through and consumed {@code units} write units (table and indexes together). */
    record Written(double units) implements WriteOutcome {
    }

    /**
     * The write was refused for lack of capacity, even after the SDK's own retries.
     *
     * @param sdkAttempts how many times the SDK sent the request before it gave up
     * @param reason      the service's throttling reason, such as {@code TableWriteProvisionedThroughputExceeded}
     * @param resource    the ARN of the table or index that ran out
     */
    record Throttled(int sdkAttempts, String reason, String resource) implements WriteOutcome {
    }
}
