package io.ddbworkbench.engine.fault;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Decides, per opportunity, whether to inject a fault of a given kind. Off by default; each kind has its own
 * rate in [0, 1]. Decisions come from one seeded generator, so a single-threaded test or lab that sets the
 * same seed and rates sees the same faults every run.
 */
public final class FaultInjector {
    private final Map<FaultKind, Double> rates = new EnumMap<>(FaultKind.class);
    private Random random = new Random(0);

    /** Sets the fraction of opportunities of this kind that fail; 0 turns the kind off. */
    public synchronized FaultInjector rate(FaultKind kind, double rate) {
        if (checkedRate(rate) == 0.0) {
            rates.remove(kind);
        } else {
            rates.put(kind, rate);
        }
        return this;
    }

    /** The rate itself, if it is one: a fraction from 0 to 1. */
    public static double checkedRate(double rate) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("fault rate must be between 0 and 1, was " + rate);
        }
        return rate;
    }

    /** Restarts the decision sequence from this seed. */
    public synchronized FaultInjector seed(long seed) {
        random = new Random(seed);
        return this;
    }

    public synchronized double rate(FaultKind kind) {
        return rates.getOrDefault(kind, 0.0);
    }

    /** Turns every kind off. */
    public synchronized void reset() {
        rates.clear();
    }

    /**
     * Which of {@code count} candidates an injected fault lands on (the action of a transaction that meets the
     * conflict), drawn from the same seeded sequence.
     */
    public synchronized int choose(int count) {
        return random.nextInt(count);
    }

    /** True when this opportunity should fail. Draws from the generator only for kinds that are on. */
    public synchronized boolean shouldFail(FaultKind kind) {
        Double rate = rates.get(kind);
        return rate != null && random.nextDouble() < rate;
    }
}
