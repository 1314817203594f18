package io.ddbworkbench.engine;

import io.ddbworkbench.engine.fault.FaultInjector;
import io.ddbworkbench.engine.stream.StreamRegistry;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import io.ddbworkbench.engine.ttl.TimeToLiveSweeper;
import java.time.Clock;

/** What every action needs: the options, the clock, the tables, the single write path and its followers. */
public final class EngineContext {
    private final EngineOptions options;
    private final Catalog catalog;
    private final ItemWriter writer;
    private final StreamRegistry streams;
    private final TimeToLiveSweeper timeToLive;
    private final FaultInjector faults = new FaultInjector();
    private final Throttle throttle;
    private final IdempotencyTokens idempotencyTokens;

    public EngineContext(EngineOptions options) {
        this.options = options;
        this.catalog = new Catalog(options.clock());
        this.writer = new ItemWriter(options.itemCollectionLimitBytes());
        this.streams = new StreamRegistry(catalog);
        writer.addListener(streams);
        this.timeToLive = new TimeToLiveSweeper(catalog, writer);
        writer.addListener(timeToLive);
        this.throttle = new Throttle(options.clock(), options.simulateProvisionedThroughput(), options.burstWindow());
        this.idempotencyTokens = new IdempotencyTokens(options.clock());
        writer.addListener(idempotencyTokens);
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

    /** The tables' change streams, fed by every commit of {@link #writer()}. */
    public StreamRegistry streams() {
        return streams;
    }

    /** The TTL process; the engine starts and stops its background passes. */
    public TimeToLiveSweeper timeToLive() {
        return timeToLive;
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
