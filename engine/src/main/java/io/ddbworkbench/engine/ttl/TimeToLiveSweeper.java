package io.ddbworkbench.engine.ttl;

import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ChangeListener;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The TTL process: deletes the expired items of every table whose TTL is ENABLED through {@link ItemWriter}, so
 * indexes drop them and stream records say the service removed them. Between passes expired items stay
 * readable, as they do on the service until its process gets to them. Each table's items are kept ordered by
 * expiry time ({@link ExpiryQueue}, fed by every commit), so a pass costs what is due, not a table scan.
 *
 * <p>{@link #sweep()} runs one pass on the caller's thread (tests and the TTL lab move the clock, then sweep);
 * {@link #start} runs passes on a daemon thread at a fixed pace until {@link #close}.
 */
public final class TimeToLiveSweeper implements ChangeListener, AutoCloseable {
    private final Catalog catalog;
    private final ItemWriter writer;
    private final Map<Table, ExpiryQueue> queues = new ConcurrentHashMap<>();
    /** One pass at a time, so a pass asked for by a test reports every deletion it caused. */
    private final Object passes = new Object();
    private ScheduledExecutorService background;

    public TimeToLiveSweeper(Catalog catalog, ItemWriter writer) {
        this.catalog = catalog;
        this.writer = writer;
    }

    /** Keeps the expiry order of tables with TTL current; called under each changed table's lock. */
    @Override
    public void committed(List<ItemChange> changes) {
        for (ItemChange change : changes) {
            ExpiryQueue queue = queues.get(change.table());
            if (queue != null) {
                queue.changed(change);
            }
        }
    }

    /**
     * Deletes every item that has expired by the engine's clock now.
     *
     * @return how many items were deleted
     */
    public int sweep() {
        synchronized (passes) {
            Instant now = catalog.now();
            int deleted = 0;
            Set<Table> live = new HashSet<>();
            for (String name : catalog.names()) {
                Table table = catalog.find(name);
                if (table == null) {
                    continue;
                }
                live.add(table);
                if (isSweepable(table, now)) {
                    deleted += sweepTable(table, now);
                } else {
                    queues.remove(table);
                }
            }
            queues.keySet().retainAll(live);
            return deleted;
        }
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
        for (PrimaryKey key : queueOf(table).due(now)) {
            // Decided under the table's lock: a write may have pushed the expiry back since the queue was read.
            if (writer.deleteExpired(table, key,
                    item -> Expiry.isExpired(item, table.definition().timeToLive(), now))) {
                deleted++;
            }
        }
        return deleted;
    }

    /** The table's expiry order, built on first need (or after the TTL attribute changed). */
    private ExpiryQueue queueOf(Table table) {
        String attribute = table.definition().timeToLive().attributeName();
        ExpiryQueue queue = queues.get(table);
        if (queue != null && queue.attribute().equals(attribute)) {
            return queue;
        }
        table.writeLock().lock();
        try {
            queue = ExpiryQueue.build(table, attribute);
            queues.put(table, queue);
            return queue;
        } finally {
            table.writeLock().unlock();
        }
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
