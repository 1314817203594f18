package io.ddbworkbench.engine;

import io.ddbworkbench.engine.fault.FaultInjector;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import java.time.Clock;

/** What every action needs: the options, the clock, the tables and the single write path. */
public final class EngineContext {
    private final EngineOptions options;
    private final Catalog catalog;
    private final ItemWriter writer;
    private final FaultInjector faults = new FaultInjector();
    private final Throttle throttle;
    private final IdempotencyTokens idempotencyTokens;

    public EngineContext(EngineOptions options) {
        this.options = options;
        this.catalog = new Catalog(options.clock());
        this.writer = new ItemWriter();
        this.throttle = new Throttle(options.clock(), options.simulateProvisionedThroughput(), options.burstWindow());
        this.idempotencyTokens = new IdempotencyTokens(options.clock());
        faults.seed(options.faultSeed());
        options.faultRates().forEach(faults::rate);
    }

    public EngineOptions options() {
        return options;
    }

    public Clock clock() {
        return options.clock();
    }

    public Catalog catalog() {
        return catalog;
    }

    public ItemWriter writer() {
        return writer;
    }

    /** Deliberate failures for teaching retries (off unless a test, lab or CLI flag turns them on). */
    public FaultInjector faults() {
        return faults;
    }

    /** Provisioned-throughput simulation; admits and charges every data-plane request (a no-op when off). */
    public Throttle throttle() {
        return throttle;
    }

    /** The ClientRequestTokens of recent TransactWriteItems calls. */
    public IdempotencyTokens idempotencyTokens() {
        return idempotencyTokens;
    }
}
