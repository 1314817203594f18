package io.ddbworkbench.engine.protocol;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Frees worker threads held by clients that stop half way: one that sends headers or part of a body and then
 * waits, or never reads its answer. The JDK server does its socket reads and writes on our worker threads and
 * has no timeout for them by default, so each worker is watched while it does network I/O; past the limit it
 * is interrupted, which closes that connection (socket channels close on interrupt) and frees the thread.
 * Engine work is never interrupted: {@link #unguarded} suspends the watch around it.
 */
final class StallGuard implements AutoCloseable {
    private final long limitNanos;
    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Slot> currentSlot = ThreadLocal.withInitial(this::register);
    private final ScheduledExecutorService sweeper;

    StallGuard(Duration limit) {
        this.limitNanos = limit.toNanos();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ddb-engine-stall-guard");
            thread.setDaemon(true);
            return thread;
        });
        long periodMillis = Math.max(50, Math.min(1000, limit.toMillis() / 4));
        sweeper.scheduleAtFixedRate(this::sweep, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** An executor that runs each task on {@code workers} under watch. */
    Executor watching(Executor workers) {
        return task -> workers.execute(() -> {
            Slot slot = currentSlot.get();
            slot.startIo();
            try {
                task.run();
            } finally {
                slot.stopIo();
            }
        });
    }

    /** Runs engine work on a watched thread with the watch suspended. */
    <T> T unguarded(Supplier<T> work) {
        Slot slot = currentSlot.get();
        slot.stopIo();
        try {
            return work.get();
        } finally {
            slot.startIo();
        }
    }

    private Slot register() {
        Slot slot = new Slot(Thread.currentThread());
        slots.add(slot);
        return slot;
    }

    private void sweep() {
        long now = System.nanoTime();
        slots.removeIf(slot -> !slot.thread.isAlive());
        for (Slot slot : slots) {
            slot.interruptIfStalled(now, limitNanos);
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }

    /** One worker thread's state; the lock makes "interrupt" and "leave I/O" exclude each other. */
    private static final class Slot {
        private final Thread thread;
        private boolean inIo;
        private long ioSince;

        Slot(Thread thread) {
            this.thread = thread;
        }

        synchronized void startIo() {
            ioSince = System.nanoTime();
            inIo = true;
        }

        /** Leaves I/O; an interrupt that landed after the last blocking call is void, the client was in time. */
        synchronized void stopIo() {
            inIo = false;
            Thread.interrupted();
        }

        synchronized void interruptIfStalled(long now, long limitNanos) {
            if (inIo && now - ioSince > limitNanos) {
                inIo = false;
                thread.interrupt();
            }
        }
    }
}
