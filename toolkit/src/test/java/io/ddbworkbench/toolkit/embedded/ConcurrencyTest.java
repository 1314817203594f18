package io.ddbworkbench.toolkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.toolkit.item.OptimisticLocking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The counter and optimistic-locking helpers must not lose an update when threads race. */
class ConcurrencyTest extends EmbeddedToolkit {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 40;

    @Test
    void atomicCountersLoseNoIncrement() throws Exception {
        toolkit.tables().create(keyedById("Stats"));
        Map<String, Object> key = Map.of("id", "page-views");

        runConcurrently(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                toolkit.items().increment("Stats", key, "LoginCount", 1);
            }
            return null;
        });

        BigDecimal total = toolkit.items().increment("Stats", key, "LoginCount", 0);
        assertThat(total).isEqualByComparingTo(BigDecimal.valueOf(THREADS * PER_THREAD));
    }

    @Test
    void optimisticLockingRetriesUntilEveryChangeLands() throws Exception {
        toolkit.tables().create(keyedById("Accounts"));
        Map<String, Object> key = Map.of("id", "acc123");
        OptimisticLocking locking = toolkit.optimisticLocking("Version", 1_000);

        runConcurrently(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                locking.modify("Accounts", key, account -> {
                    BigDecimal balance = (BigDecimal) account.getOrDefault("Balance", BigDecimal.ZERO);
                    account.put("Balance", balance.add(BigDecimal.TEN));
                    return account;
                });
            }
            return null;
        });

        Map<String, Object> account = io.ddbworkbench.toolkit.item.Values.plain(
                toolkit.items().get("Accounts", key, true).orElseThrow());
        assertThat((BigDecimal) account.get("Balance")).isEqualByComparingTo(BigDecimal.valueOf(10L * THREADS * PER_THREAD));
        assertThat(locking.currentVersion("Accounts", key)).isEqualTo(THREADS * PER_THREAD);
    }

    private static void runConcurrently(Callable<Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                running.add(pool.submit(work));
            }
            for (Future<Void> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
