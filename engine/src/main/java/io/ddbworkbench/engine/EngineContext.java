package io.ddbworkbench.engine;

import io.ddbworkbench.engine.fault.FaultInjector;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ItemWriter;
import java.time.Clock;

/** What every action needs: the options, the clock, the tables and the single write path. */
public final class EngineContext {
    private final EngineOptions options;
    private final Catalog catalog;
    private final ItemWriter writer;
    private final FaultInjector faults = new FaultInjector();

    public EngineContext(EngineOptions options) {
        this.options = options;
        this.catalog = new Catalog(options.clock());
        this.writer = new ItemWriter();
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
}
