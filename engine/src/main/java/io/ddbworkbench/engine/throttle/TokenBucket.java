package io.ddbworkbench.engine.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * One kind of capacity (reads or writes) of one table or global index. It fills at the provisioned rate and
 * holds at most the burst window's worth, the unused capacity the service keeps for bursts. A request may start
 * while any token is left and pays its real cost afterwards, so the balance can dip below zero: the service
 * cannot know what a query costs before running it either, and the debt is repaid by later refills.
 */
final class TokenBucket {
    private double tokens;
    private Instant refilledAt;

    /** Whether a request may start now, given the current rate (units per second) and burst window. */
    synchronized boolean hasTokens(Instant now, double perSecond, Duration burst) {
        refill(now, perSecond, burst);
        return tokens > 0;
    }

    /** Takes a finished request's units. */
    synchronized void spend(double units, Instant now, double perSecond, Duration burst) {
        refill(now, perSecond, burst);
        tokens -= units;
    }

    private void refill(Instant now, double perSecond, Duration burst) {
        double capacity = perSecond * Math.max(1.0, burst.toNanos() / 1e9);
        if (refilledAt == null) {
            tokens = capacity;
        } else if (now.isAfter(refilledAt)) {
            double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(capacity, tokens + seconds * perSecond);
        } else {
            tokens = Math.min(capacity, tokens);
        }
        if (refilledAt == null || now.isAfter(refilledAt)) {
            refilledAt = now;
        }
    }
}
