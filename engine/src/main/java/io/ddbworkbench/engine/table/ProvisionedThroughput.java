package io.ddbworkbench.engine.table;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Provisioned read and write capacity, with the bookkeeping DescribeTable reports. On-demand tables carry
 * zeros, as the service shows them. The decrease counter belongs to a UTC day: the service resets it at
 * midnight UTC, so it is read through {@link #decreasesOn(Instant)} rather than trusted as stored.
 */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits,
                                    Instant lastIncrease, Instant lastDecrease, int decreasesToday) {

    public static final ProvisionedThroughput ON_DEMAND = new ProvisionedThroughput(0, 0, null, null, 0);

    public static ProvisionedThroughput of(long read, long write) {
        return new ProvisionedThroughput(read, write, null, null, 0);
    }

    /** Decreases made on the UTC day of {@code now}. */
    public int decreasesOn(Instant now) {
        if (lastDecrease == null || decreasesToday == 0) {
            return 0;
        }
        boolean sameDay = lastDecrease.atZone(ZoneOffset.UTC).toLocalDate()
                .equals(now.atZone(ZoneOffset.UTC).toLocalDate());
        return sameDay ? decreasesToday : 0;
    }

    public boolean sameUnitsAs(long read, long write) {
        return readCapacityUnits == read && writeCapacityUnits == write;
    }

    /** Whether moving to these units lowers either of them, which spends one of the day's decreases. */
    public boolean isDecreaseTo(long read, long write) {
        return read < readCapacityUnits || write < writeCapacityUnits;
    }

    /**
     * The new units with the service's bookkeeping: raising either dimension stamps the increase time,
     * lowering either stamps the decrease time and counts once for the day, even when both go down.
     */
    public ProvisionedThroughput changedTo(long read, long write, Instant now) {
        boolean increase = read > readCapacityUnits || write > writeCapacityUnits;
        boolean decrease = isDecreaseTo(read, write);
        return new ProvisionedThroughput(read, write,
                increase ? now : lastIncrease,
                decrease ? now : lastDecrease,
                decrease ? decreasesOn(now) + 1 : decreasesOn(now));
    }
}
