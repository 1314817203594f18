package io.ddbworkbench.engine.durable;

import static io.ddbworkbench.engine.durable.StorageFixture.account;
import static io.ddbworkbench.engine.durable.StorageFixture.balance;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.table.ItemWriter.PlannedWrite;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.transaction.IdempotencyTokens.Completed;
import io.ddbworkbench.engine.transaction.IdempotencyTokens.Completion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compactions running back to back while writers put items and move money between two tables in
 * transactions: after a restart every acknowledged put is there, the money adds up and every transfer's
 * ClientRequestToken replays (a compaction drops the log its record was in, so the snapshot must hold it).
 */
class CompactionUnderLoadTest {
    private static final int WRITERS = 4;
    private static final int OPERATIONS_PER_WRITER = 1_500;
    private static final int ACCOUNTS = 20;
    private static final long OPENING_BALANCE = 1_000;

    @TempDir
    Path data;

    @Test
    void writesDuringCompactionsAllSurviveAndTransfersConserveTheTotalAndKeepTheirTokens() throws Exception {
        Map<String, Item> acknowledged = new ConcurrentHashMap<>();
        Set<String> acknowledgedTokens = ConcurrentHashMap.newKeySet();
        AtomicInteger compactions = new AtomicInteger();
        try (StorageFixture engine = StorageFixture.open(data)) {
            Table left = engine.createTable("Left", false);
            Table right = engine.createTable("Right", false);
            for (int a = 0; a < ACCOUNTS; a++) {
                engine.put("Left", account("acct" + a, OPENING_BALANCE));
                engine.put("Right", account("acct" + a, OPENING_BALANCE));
            }
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            AtomicBoolean writing = new AtomicBoolean(true);
            Future<?> compactor = pool.submit(() -> {
                while (writing.get()) {
                    engine.storage.compact();
                    compactions.incrementAndGet();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    Random random = new Random(writer);
                    for (int i = 0; i < OPERATIONS_PER_WRITER; i++) {
                        if (i % 2 == 0) {
                            Item item = account("w" + writer + "-" + i, i);
                            engine.put(random.nextBoolean() ? "Left" : "Right", item);
                            acknowledged.put(((StringValue) item.get("pk")).value(), item);
                        } else {
                            String token = "transfer-" + writer + "-" + i;
                            transfer(engine, left, right, "acct" + random.nextInt(ACCOUNTS), random.nextInt(50),
                                    token);
                            acknowledgedTokens.add(token);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            compactor.get(2, TimeUnit.MINUTES);
            pool.shutdown();
        }
        assertThat(compactions.get()).as("compactions overlapped the writes").isGreaterThan(2);

        try (StorageFixture restarted = StorageFixture.open(data)) {
            Map<String, Item> all = new HashMap<>(restarted.items("Left"));
            all.putAll(restarted.items("Right"));
            assertThat(all).containsAllEntriesOf(acknowledged);
            long total = 0;
            for (int a = 0; a < ACCOUNTS; a++) {
                total += balance(restarted.items("Left").get("acct" + a))
                        + balance(restarted.items("Right").get("acct" + a));
            }
            assertThat(total).isEqualTo(2 * ACCOUNTS * OPENING_BALANCE);
            assertThat(acknowledgedTokens).hasSize(WRITERS * OPERATIONS_PER_WRITER / 2)
                    .allSatisfy(token -> assertThat(restarted.tokens.claim(token, "transfer")).as(token).isNotNull());
        }
    }

    /** Moves an amount from one table's account to the other's, as one transaction completing the token. */
    private static void transfer(StorageFixture engine, Table from, Table to, String account, long amount,
                                 String token) {
        PrimaryKey key = new PrimaryKey(new StringValue(account), null);
        engine.writer.withLocks(List.of(from, to), () -> {
            Item debited = from.get(key);
            Item credited = to.get(key);
            return engine.writer.commit(List.of(
                    new PlannedWrite(from, key, debited, account(account, balance(debited) - amount)),
                    new PlannedWrite(to, key, credited, account(account, balance(credited) + amount))),
                    () -> new Completion(token, "transfer", Instant.now(), new Completed(Map.of(), null)));
        });
    }
}
