package io.ddbworkbench.labs.conditionalupdates;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same call from several threads released at the same moment, to make races likely. */
final class Concurrently {
    /** One call of the work: which thread, and which of its rounds. */
    interface Call<T> {
        T run(int thread, int round);
    }

    private Concurrently() {
    }

    /** Every result, thread by thread; the first failure of any thread is rethrown as it was. */
    static <T> List<T> run(int threads, int roundsPerThread, Call<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int threadNumber = thread;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<T> results = new ArrayList<>();
                    for (int round = 0; round < roundsPerThread; round++) {
                        results.add(call.run(threadNumber, round));
                    }
                    return results;
                }));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
