package io.ddbworkbench.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/** Runs an operation as fast as it goes for a while, on one or more threads, and tells how many ran per second. */
final class Throughput {
    private Throughput() {
    }

    /**
     * Warms up, then measures.
     *
     * @param operation called with a running number unique across threads
     * @return operations per second over the measured period
     */
    static double measure(int threads, Duration warmUp, Duration measured, LongConsumer operation)
            throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        run(threads, warmUp, sequence, operation);
        long ran = run(threads, measured, sequence, operation);
        return ran / (measured.toNanos() / 1e9);
    }

    private static long run(int threads, Duration duration, AtomicLong sequence, LongConsumer operation)
            throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong completed = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long done = 0;
                while (System.nanoTime() < deadline) {
                    operation.accept(sequence.getAndIncrement());
                    done++;
                }
                completed.addAndGet(done);
            }, "bench-" + t);
            worker.setUncaughtExceptionHandler((thread, failure) -> {
                synchronized (failures) {
                    failures.add(failure);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("an operation failed during the benchmark", failures.get(0));
        }
        return completed.get();
    }
}
