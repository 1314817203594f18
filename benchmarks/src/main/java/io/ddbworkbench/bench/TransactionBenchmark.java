package io.ddbworkbench.bench;

import io.ddbworkbench.bench.Throughput.Rate;
import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Prints what transactions and the throughput simulation cost on this machine, in process, one thread, with the
 * ~1 KB items of {@link Workload}: TransactWriteItems and TransactGetItems of 10 items against their single-item
 * equivalents, and PutItem with the provisioned-throughput simulation on and off. A benchmark, not a test: it
 * asserts nothing. {@code -Dbench.seconds=N} sets each measured period (default 5; warm-up is as long).
 */
public final class TransactionBenchmark {
    private static final int ITEMS_PER_TRANSACTION = 10;
    private static final int DISTINCT_TRANSACTIONS = 2_000;

    private final Duration period = Duration.ofSeconds(Long.getLong("bench.seconds", 5));

    private TransactionBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        TransactionBenchmark benchmark = new TransactionBenchmark();
        System.out.printf("Transaction benchmark: %d cores, %s %s, %d s per figure, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), benchmark.period.toSeconds(), loadAverage());
        benchmark.transactions();
        benchmark.throttling();
        System.out.printf("Load average at the end %.1f (figures from a busy machine are low)%n", loadAverage());
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void report(String figure, Rate rate, String note) {
        System.out.printf("  %-50s %10s  %,9.0f/s per thread-CPU-second   %s%n", figure,
                String.format("%,.0f/s", rate.perSecond()), rate.perThreadCpuSecond(), note);
    }

    private void transactions() throws InterruptedException {
        System.out.println("In process, 1 thread, " + ITEMS_PER_TRANSACTION + " items of ~1 KB per transaction:");
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Workload.inProcessClient(engine)) {
            Workload.createTable(ddb);
            List<List<TransactWriteItem>> puts = new ArrayList<>(DISTINCT_TRANSACTIONS);
            List<List<TransactWriteItem>> increments = new ArrayList<>(DISTINCT_TRANSACTIONS);
            List<List<TransactGetItem>> gets = new ArrayList<>(DISTINCT_TRANSACTIONS);
            for (int t = 0; t < DISTINCT_TRANSACTIONS; t++) {
                List<TransactWriteItem> put = new ArrayList<>(ITEMS_PER_TRANSACTION);
                List<TransactWriteItem> increment = new ArrayList<>(ITEMS_PER_TRANSACTION);
                List<TransactGetItem> get = new ArrayList<>(ITEMS_PER_TRANSACTION);
                for (int i = 0; i < ITEMS_PER_TRANSACTION; i++) {
                    long n = (long) t * ITEMS_PER_TRANSACTION + i;
                    put.add(TransactWriteItem.builder().put(p -> p.tableName(Workload.TABLE)
                            .item(Workload.item(n))).build());
                    increment.add(TransactWriteItem.builder().update(u -> u.tableName(Workload.TABLE)
                            .key(Workload.keyOf(n)).updateExpression("ADD visits :one")
                            .conditionExpression("attribute_exists(id)")
                            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build());
                    get.add(TransactGetItem.builder().get(g -> g.tableName(Workload.TABLE)
                            .key(Workload.keyOf(n))).build());
                }
                puts.add(put);
                increments.add(increment);
                gets.add(get);
            }
            Rate singlePuts = measure(n -> ddb.putItem(b -> b.tableName(Workload.TABLE)
                    .item(Workload.revision(n, DISTINCT_TRANSACTIONS * ITEMS_PER_TRANSACTION))));
            report("PutItem (for comparison)", singlePuts, "");
            Rate transactPuts = measure(n -> ddb.transactWriteItems(b -> b
                    .transactItems(puts.get((int) (n % DISTINCT_TRANSACTIONS)))));
            report("TransactWriteItems, 10 Puts", transactPuts, String.format("%,.0f items/s; target >= 5,000 tx/s",
                    transactPuts.perSecond() * ITEMS_PER_TRANSACTION));
            Rate enginePuts = measure(EngineCalls.of(engine, "TransactWriteItems",
                    EngineCalls.prebuilt(DISTINCT_TRANSACTIONS, TransactionBenchmark::transactPutsJson)));
            report("TransactWriteItems, 10 Puts, engine alone", enginePuts, String.format(
                    "SDK's share of the time %.0f%%",
                    100 * (1 - transactPuts.perThreadCpuSecond() / enginePuts.perThreadCpuSecond())));
            Rate transactUpdates = measure(n -> ddb.transactWriteItems(b -> b
                    .transactItems(increments.get((int) (n % DISTINCT_TRANSACTIONS)))));
            report("TransactWriteItems, 10 conditional Updates", transactUpdates, "");
            Rate transactGets = measure(n -> ddb.transactGetItems(b -> b
                    .transactItems(gets.get((int) (n % DISTINCT_TRANSACTIONS)))));
            report("TransactGetItems, 10 Gets", transactGets, "");
            Rate tokened = measure(n -> ddb.transactWriteItems(b -> b.clientRequestToken("t" + n)
                    .transactItems(puts.get((int) (n % DISTINCT_TRANSACTIONS)))));
            report("TransactWriteItems, 10 Puts, with a fresh token", tokened, "");
        }
    }

    /** Transaction number {@code t} as raw JSON 1.0: ten Puts of Workload's items. */
    private static String transactPutsJson(long t) {
        StringBuilder json = new StringBuilder("{\"TransactItems\":[");
        for (int i = 0; i < ITEMS_PER_TRANSACTION; i++) {
            json.append(i == 0 ? "" : ",").append("{\"Put\":")
                    .append(Workload.putItemJson(t * ITEMS_PER_TRANSACTION + i,
                            DISTINCT_TRANSACTIONS * ITEMS_PER_TRANSACTION)).append('}');
        }
        return json.append("]}").toString();
    }

    private void throttling() throws InterruptedException {
        System.out.println("In process, 1 thread, PutItem of ~1 KB, provisioned table (1,000,000 WCU, never refused):");
        for (boolean simulated : new boolean[] {false, true}) {
            EngineOptions options = EngineOptions.builder().simulateProvisionedThroughput(simulated).build();
            try (DynamoDbEngine engine = DynamoDbEngine.create(options);
                 DynamoDbClient ddb = Workload.inProcessClient(engine)) {
                ddb.createTable(b -> b.tableName(Workload.TABLE)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                        .keySchema(k -> k.attributeName("id").keyType("HASH"))
                        .billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(1_000_000L)
                                .writeCapacityUnits(1_000_000L).build()));
                Rate puts = measure(n -> ddb.putItem(b -> b.tableName(Workload.TABLE).item(Workload.revision(n, 20_000))));
                report("PutItem, throughput simulation " + (simulated ? "on" : "off"), puts, "");
            }
        }
    }

    private Rate measure(LongConsumer operation) throws InterruptedException {
        return Throughput.measure(1, period, period, operation);
    }
}
