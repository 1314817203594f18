package io.ddbworkbench.engine.ttl;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.table.OrderedKey;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.table.TimeToLiveSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The TTL process: finds expired items in every table whose TTL is ENABLED and deletes them through
 * {@link ItemWriter}, so indexes drop them and stream records say the service removed them. Between sweeps
 * expired items stay readable, as they do on the service until its process gets to them.
 *
 * <p>{@link #sweep()} runs one pass on the caller's thread (tests and the TTL lab move the clock, then sweep);
 * {@link #start} runs passes on a daemon thread at a fixed pace until {@link #close}.
 */
public final class TimeToLiveSweeper implements AutoCloseable {
    private final Catalog catalog;
    private final ItemWriter writer;
    private ScheduledExecutorService background;

    public TimeToLiveSweeper(Catalog catalog, ItemWriter writer) {
        this.catalog = catalog;
        this.writer = writer;
    }

    /**
     * Deletes every item that has expired by the engine's clock now.
     *
     * @return how many items were deleted
     */
    public int sweep() {
        Instant now = catalog.now();
        int deleted = 0;
        for (String name : catalog.names()) {
            Table table = catalog.find(name);
            if (table != null && isSweepable(table, now)) {
                deleted += sweepTable(table, now);
            }
        }
        return deleted;
    }

    /** Starts background passes {@code interval} apart; a zero interval leaves sweeping to {@link #sweep()}. */
    public synchronized void start(Duration interval) {
        if (interval.isZero() || background != null) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ddb-engine-ttl-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        background.scheduleWithFixedDelay(this::sweepInBackground, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdownNow();
            background = null;
        }
    }

    private static boolean isSweepable(Table table, Instant now) {
        TableStatus status = table.definition().status();
        return (status == TableStatus.ACTIVE || status == TableStatus.UPDATING)
                && table.definition().timeToLive().deletesAt(now);
    }

    private int sweepTable(Table table, Instant now) {
        int deleted = 0;
        Iterator<Map.Entry<OrderedKey, Item>> items =
                table.items().range(null, true, null, true, false);
        while (items.hasNext()) {
            Item item = items.next().getValue();
            TimeToLiveSettings settings = table.definition().timeToLive();
            if (Expiry.isExpired(item, settings, now)) {
                PrimaryKey key = table.keySchema().keyOfOrNull(item);
                // Checked again under the table's lock: a write may have pushed the expiry back meanwhile.
                if (writer.deleteExpired(table, key,
                        current -> Expiry.isExpired(current, table.definition().timeToLive(), now))) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** A failing pass is reported and the next one runs anyway: the schedule must never die silently. */
    private void sweepInBackground() {
        try {
            sweep();
        } catch (RuntimeException e) {
            System.err.println("[engine] TTL sweep failed; trying again at the next interval:");
            e.printStackTrace();
        }
    }
}
