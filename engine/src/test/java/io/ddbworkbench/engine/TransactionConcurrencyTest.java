package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Serializability under load, through the SDK: optimistic locking loses no increment whether it goes through
 * UpdateItem or a transaction, and transfers between accounts never create or destroy money, as every
 * consistent snapshot taken meanwhile shows.
 */
class TransactionConcurrencyTest {
    private static final int THREADS = 8;
    private static final int INCREMENTS_PER_THREAD = 2_000;
    private static final int COUNTERS = 4;
    private static final int ACCOUNTS = 100;
    private static final int OPENING_BALANCE = 1_000;
    private static final int TRANSFERS_PER_THREAD = 1_000;
    private static final long AUDIT_PAUSE_MILLIS = 5;

    @Test
    void optimisticLockingLosesNoIncrement() throws Exception {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ItemFixtures.createTables(ddb);
            seed(ddb, COUNTERS, c -> attrs("pk", s("counter" + c), "n", n("0"), "version", n("0")));
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(() -> {
                    Random random = new Random(thread);
                    int conflicts = 0;
                    for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
                        String id = "counter" + random.nextInt(COUNTERS);
                        boolean transactional = (i & 1) == thread % 2;
                        while (!incrementOnce(ddb, id, transactional)) {
                            conflicts++;
                        }
                    }
                    return conflicts;
                });
            }
            int conflicts = sum(runAll(workers));

            long total = 0;
            for (int c = 0; c < COUNTERS; c++) {
                String id = "counter" + c;
                Map<String, AttributeValue> item = ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s(id)))).item();
                assertThat(item.get("n")).as("n and version move together").isEqualTo(item.get("version"));
                total += Long.parseLong(item.get("n").n());
            }
            assertThat(total).isEqualTo((long) THREADS * INCREMENTS_PER_THREAD);
            assertThat(conflicts).as("the threads did contend").isPositive();
        }
    }

    private static void seed(DynamoDbClient ddb, int count, IntFunction<Map<String, AttributeValue>> item) {
        for (int i = 0; i < count; i++) {
            Map<String, AttributeValue> attributes = item.apply(i);
            ddb.putItem(b -> b.tableName(HASH).item(attributes));
        }
    }

    /** Reads the counter and writes n + 1 if nobody else wrote since; false when someone did. */
    private static boolean incrementOnce(DynamoDbClient ddb, String id, boolean transactional) {
        Map<String, AttributeValue> key = attrs("pk", s(id));
        String version = ddb.getItem(b -> b.tableName(HASH).key(key).consistentRead(true)).item().get("version").n();
        Map<String, AttributeValue> values = attrs(":seen", n(version), ":one", n("1"));
        String expression = "SET n = n + :one, version = version + :one";
        try {
            if (transactional) {
                ddb.transactWriteItems(b -> b.transactItems(update(HASH, key, expression, "version = :seen", values)));
            } else {
                ddb.updateItem(b -> b.tableName(HASH).key(key).updateExpression(expression)
                        .conditionExpression("version = :seen").expressionAttributeValues(values));
            }
            return true;
        } catch (ConditionalCheckFailedException | TransactionCanceledException e) {
            return false;
        }
    }

    @Test
    void transfersBetweenAccountsConserveTheTotalInEverySnapshot() throws Exception {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ItemFixtures.createTables(ddb);
            seed(ddb, ACCOUNTS, a -> attrs("pk", s("account" + a), "balance", n(Integer.toString(OPENING_BALANCE))));
            AtomicBoolean transferring = new AtomicBoolean(true);
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(() -> {
                    Random random = new Random(100 + thread);
                    int refused = 0;
                    for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                        int from = random.nextInt(ACCOUNTS);
                        int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                        refused += transfer(ddb, from, to, 1 + random.nextInt(400)) ? 0 : 1;
                    }
                    return refused;
                });
            }
            ExecutorService auditor = Executors.newSingleThreadExecutor();
            Future<Integer> snapshots = auditor.submit(() -> {
                int taken = 0;
                do {
                    assertThat(totalBalance(ddb)).isEqualTo((long) ACCOUNTS * OPENING_BALANCE);
                    taken++;
                    Thread.sleep(AUDIT_PAUSE_MILLIS); // leave the CPU to the transfers between two snapshots
                } while (transferring.get());
                return taken;
            });
            int refused;
            try {
                refused = sum(runAll(workers));
            } finally {
                transferring.set(false);
                auditor.shutdown();
            }
            assertThat(snapshots.get(60, TimeUnit.SECONDS)).as("snapshots taken during the transfers").isPositive();
            assertThat(totalBalance(ddb)).isEqualTo((long) ACCOUNTS * OPENING_BALANCE);
            assertThat(refused).as("some transfers met an account that could not cover them")
                    .isBetween(1, THREADS * TRANSFERS_PER_THREAD - 1);
        }
    }

    /** Moves money if the payer can cover it; false when its condition refused the transfer. */
    private static boolean transfer(DynamoDbClient ddb, int from, int to, int amount) {
        Map<String, AttributeValue> values = attrs(":amount", n(Integer.toString(amount)));
        try {
            ddb.transactWriteItems(b -> b.transactItems(
                    update(HASH, attrs("pk", s("account" + from)), "SET balance = balance - :amount",
                            "balance >= :amount", values),
                    update(HASH, attrs("pk", s("account" + to)), "SET balance = balance + :amount", null, values)));
            return true;
        } catch (TransactionCanceledException e) {
            assertThat(e.cancellationReasons().get(0).code()).isEqualTo("ConditionalCheckFailed");
            return false;
        }
    }

    private static long totalBalance(DynamoDbClient ddb) {
        List<TransactGetItem> gets = new ArrayList<>(ACCOUNTS);
        for (int a = 0; a < ACCOUNTS; a++) {
            String id = "account" + a;
            gets.add(TransactGetItem.builder().get(g -> g.tableName(HASH).key(attrs("pk", s(id)))).build());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (ItemResponse response : ddb.transactGetItems(b -> b.transactItems(gets)).responses()) {
            total = total.add(new BigDecimal(response.item().get("balance").n()));
        }
        return total.longValueExact();
    }

    private static List<Integer> runAll(List<Callable<Integer>> workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(workers)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }
}
