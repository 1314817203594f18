package io.ddbworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs an operation as fast as it goes for a while, on one or more threads, and tells how many ran per second
 * of wall time and per second of CPU time. On a machine busy with other work the wall figure drops with the
 * share of the CPU the benchmark gets; the CPU figures stay near what an idle machine gives per core: per
 * CPU-second of the threads calling the operation, and per CPU-second of the whole process (server threads,
 * GC and compiler included).
 */
final class Throughput {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Operations per second of wall time, of the calling threads' CPU time, and of the process's CPU time. */
    record Rate(double perSecond, double perThreadCpuSecond, double perProcessCpuSecond) {
        static final Rate NONE = new Rate(0, 0, 0);

        Rate plus(Rate other) {
            return new Rate(perSecond + other.perSecond, perThreadCpuSecond + other.perThreadCpuSecond,
                    perProcessCpuSecond + other.perProcessCpuSecond);
        }

        Rate dividedBy(double divisor) {
            return new Rate(perSecond / divisor, perThreadCpuSecond / divisor, perProcessCpuSecond / divisor);
        }
    }

    private Throughput() {
    }

    /**
     * Warms up, then measures.
     *
     * @param operation called with a running number unique across threads
     */
    static Rate measure(int threads, Duration warmUp, Duration measured, LongConsumer operation)
            throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        run(threads, warmUp, sequence, operation);
        return run(threads, measured, sequence, operation);
    }

    static Rate run(int threads, Duration duration, AtomicLong sequence, LongConsumer operation)
            throws InterruptedException {
        long cpuBefore = OS.getProcessCpuTime();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        AtomicLong completed = new AtomicLong();
        AtomicLong threadCpuNanos = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long cpuStarted = THREADS.getCurrentThreadCpuTime();
                long done = 0;
                while (System.nanoTime() < deadline) {
                    operation.accept(sequence.getAndIncrement());
                    done++;
                }
                completed.addAndGet(done);
                threadCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStarted);
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
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        double processCpuSeconds = (OS.getProcessCpuTime() - cpuBefore) / 1e9;
        return new Rate(completed.get() / wallSeconds, completed.get() / (threadCpuNanos.get() / 1e9),
                completed.get() / processCpuSeconds);
    }
}
