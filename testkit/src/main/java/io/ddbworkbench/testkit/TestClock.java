package io.ddbworkbench.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs like the system clock but that a test can push forward. The embedded engine reads time
 * only through its clock, so advancing this one expires TTL items, ages stream records and refills throughput
 * without a single sleep, while everything that merely stamps times still sees time pass.
 */
public final class TestClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset;

    private TestClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Follows the system clock (UTC) until advanced. */
    public static TestClock system() {
        return new TestClock(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO));
    }

    /** Jumps forward by {@code duration} for every reader of this clock, and returns the new now. */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a clock only moves forward; cannot advance by " + duration);
        }
        offset.updateAndGet(current -> current.plus(duration));
        return instant();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same moving time, seen from another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(base.withZone(zone), offset);
    }
}
