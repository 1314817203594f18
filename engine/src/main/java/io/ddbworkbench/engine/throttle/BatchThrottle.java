package io.ddbworkbench.engine.throttle;

import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.table.Table;

/**
 * Throughput for the requests of one batch, as the service applies it: a request whose table (or, for a write,
 * one of its global indexes) is out of capacity comes back unprocessed while the others go ahead, and a batch
 * in which throughput turned every request away fails as a whole with ProvisionedThroughputExceededException.
 */
public final class BatchThrottle {
    private final Throttle throttle;
    private final Throttle.Access access;
    private Throttle.Refusal firstRefusal;
    private boolean anyAdmitted;

    public BatchThrottle(Throttle throttle, Throttle.Access access) {
        this.throttle = throttle;
        this.access = access;
    }

    /** True when the request may run now; false sends it back unprocessed. */
    public boolean admit(Table table) {
        Throttle.Refusal refusal = throttle.check(table, access, null);
        if (refusal == null) {
            anyAdmitted = true;
            return true;
        }
        if (firstRefusal == null) {
            firstRefusal = refusal;
        }
        return false;
    }

    /** Spends what an admitted request consumed. */
    public void charge(Table table, ConsumedCapacity consumed) {
        throttle.charge(table, access, consumed);
    }

    /** Fails the batch when throughput turned away every request it refused anything. */
    public void requireProgress() {
        if (!anyAdmitted && firstRefusal != null) {
            throw firstRefusal.toException();
        }
    }
}
