package io.ddbworkbench.toolkit.batch;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with full jitter, as AWS recommends for re-driving unprocessed batch items: before
 * retry {@code n} wait a random time between zero and {@code min(cap, base * 2^n)}, so many clients that
 * were throttled together do not come back together. Attempts are bounded.
 */
public final class Backoff {
    /** Waits for a duration; tests replace it to run without sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;
    private final Random random;
    private final Sleeper sleeper;

    /**
     * @param maxAttempts calls in total, the first included (at least 1)
     * @param random      the jitter source; pass a seeded one for repeatable runs
     */
    public Backoff(int maxAttempts, Duration base, Duration cap, Random random, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
        this.random = random;
        this.sleeper = sleeper;
    }

    /** Eight attempts, 50 ms base, 5 s cap, real sleeping. */
    public static Backoff standard() {
        return new Backoff(8, Duration.ofMillis(50), Duration.ofSeconds(5), new Random(),
                duration -> Thread.sleep(duration.toMillis()));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The random wait before retry number {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry) {
        long ceiling = cap.toMillis();
        long exponential = base.toMillis() << Math.min(retry, 30);
        long bound = Math.min(ceiling, exponential < 0 ? ceiling : exponential);
        return Duration.ofMillis(bound <= 0 ? 0 : (long) (random.nextDouble() * bound));
    }

    /** Sleeps before retry number {@code retry}; an interrupt ends the wait and keeps the thread's flag. */
    void pauseBefore(int retry) {
        try {
            sleeper.sleep(delayBefore(retry));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off before retry " + retry, e);
        }
    }
}
