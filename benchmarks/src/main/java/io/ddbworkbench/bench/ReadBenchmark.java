package io.ddbworkbench.bench;

import io.ddbworkbench.bench.Throughput.Rate;
import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.storage.ItemStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Prints the read-path figures on this machine: a table of a million ~1 KB items held in memory (the heap each
 * item costs, next to its DynamoDB size), a Query of 100 items from one partition (latency percentiles), a full
 * Scan in 1 MB pages, and BatchWriteItem of 25 items, all in process through the SDK on one thread. A benchmark,
 * not a test: it asserts nothing and prints figures with their targets.
 *
 * <p>Needs a few GB of heap: run it with {@code -Xmx6g} (see the README). Arguments pick sections ({@code table
 * batch}, both by default: the loaded table's memory, Query and Scan figures, then BatchWriteItem);
 * {@code -Dbench.items=N} changes the table size (default 1,000,000, in partitions of 100),
 * {@code -Dbench.seconds=N} each measured period.
 */
public final class ReadBenchmark {
    private static final String TABLE = "Reads";
    private static final int ITEMS_PER_PARTITION = 100;
    private static final int BATCH = 25;
    private static final int QUERY_SAMPLES = 20_000;
    /** Pads each item to about 1 KB of DynamoDB item size. */
    private static final String PAYLOAD = "p".repeat(860);

    private final int items = Integer.getInteger("bench.items", 1_000_000);
    private final Duration period = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        ReadBenchmark benchmark = new ReadBenchmark();
        List<String> sections = args.length == 0 ? List.of("table", "batch") : List.of(args);
        benchmark.header();
        for (String section : sections) {
            switch (section) {
                case "table": benchmark.table(); break;
                case "batch": benchmark.batchWrite(); break;
                default: throw new IllegalArgumentException("unknown section '" + section
                        + "'; sections are table and batch");
            }
        }
        System.out.printf("Load average at the end %.1f (figures from a busy machine are low)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void header() {
        System.out.printf("Read benchmark: %,d items of ~1 KB, %d cores, %s %s, max heap %,d MB, load average %.1f%n",
                items, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void table() {
        long heapBefore = usedHeapAfterGc();
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Workload.inProcessClient(engine)) {
            createTable(ddb);
            load(ddb);
            long heapPerItem = (usedHeapAfterGc() - heapBefore) / items;
            ItemStore store = engine.context().catalog().require(TABLE).items();
            long itemSize = store.sizeBytes() / store.itemCount();
            System.out.println("Memory (heap after GC, table loaded, minus heap before):");
            report("heap per item", heapPerItem + " bytes", String.format("%.2fx the item's DynamoDB size of %d bytes;"
                    + " target <= 2x", (double) heapPerItem / itemSize, itemSize));
            query(ddb);
            scan(ddb);
        }
    }

    private static void report(String figure, String value, String note) {
        System.out.printf("  %-40s %18s   %s%n", figure, value, note);
    }

    private long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void createTable(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("pk"), attribute("sk"))
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static String partition(long n) {
        return String.format("part-%06d", n / ITEMS_PER_PARTITION);
    }

    /** Item {@code n}: partition n / 100, sort key n % 100, and attributes adding up to about 1 KB. */
    private static Map<String, AttributeValue> item(long n) {
        return item(n, n % 1_000);
    }

    /** Item {@code n} with the given visit count, so rewriting an item changes it. */
    private static Map<String, AttributeValue> item(long n, long visits) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS(partition(n)));
        item.put("sk", AttributeValue.fromS(String.format("item-%03d", n % ITEMS_PER_PARTITION)));
        item.put("name", AttributeValue.fromS("Learner number " + n));
        item.put("email", AttributeValue.fromS("learner" + n + "@example.com"));
        item.put("visits", AttributeValue.fromN(Long.toString(visits)));
        item.put("tags", AttributeValue.fromSs(List.of("dynamodb", "workbench", "bench")));
        item.put("payload", AttributeValue.fromS(PAYLOAD));
        return item;
    }

    private static BatchWriteItemRequest batchOf(long first, long visits) {
        List<WriteRequest> writes = new ArrayList<>(BATCH);
        for (long n = first; n < first + BATCH; n++) {
            Map<String, AttributeValue> item = item(n, visits);
            writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        }
        return BatchWriteItemRequest.builder().requestItems(Map.of(TABLE, writes)).build();
    }

    private void load(DynamoDbClient ddb) {
        long started = System.nanoTime();
        for (long first = 0; first < items; first += BATCH) {
            if (!ddb.batchWriteItem(batchOf(first, first % 1_000)).unprocessedItems().isEmpty()) {
                throw new IllegalStateException("the engine left items unprocessed while loading");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Loaded %,d items with BatchWriteItem in %.1f s (%,.0f items/s)%n", items, seconds,
                items / seconds);
    }

    private void query(DynamoDbClient ddb) {
        System.out.println("Query, 100 items from one partition, in process, 1 thread:");
        Random random = new Random(1);
        int partitions = Math.max(1, items / ITEMS_PER_PARTITION);
        List<Long> micros = new ArrayList<>(QUERY_SAMPLES);
        for (int run = 0; run < QUERY_SAMPLES * 2; run++) {
            QueryRequest request = QueryRequest.builder().tableName(TABLE).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition(
                            (long) random.nextInt(partitions) * ITEMS_PER_PARTITION)))).build();
            long started = System.nanoTime();
            QueryResponse response = ddb.query(request);
            long took = (System.nanoTime() - started) / 1_000;
            if (response.count() != Math.min(ITEMS_PER_PARTITION, items)) {
                throw new IllegalStateException("a query returned " + response.count() + " items");
            }
            if (run >= QUERY_SAMPLES) {
                micros.add(took);
            }
        }
        Collections.sort(micros);
        report("p50", String.format("%.3f ms", percentile(micros, 50) / 1000.0), "target < 1 ms");
        report("p90 / p99", String.format("%.3f / %.3f ms", percentile(micros, 90) / 1000.0,
                percentile(micros, 99) / 1000.0), "(after " + QUERY_SAMPLES + " warm-up queries)");
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private void scan(DynamoDbClient ddb) {
        System.out.println("Full Scan in 1 MB pages, in process, 1 thread:");
        long started = System.nanoTime();
        long seen = 0;
        int pages = 0;
        for (ScanResponse page : ddb.scanPaginator(b -> b.tableName(TABLE))) {
            seen += page.count();
            pages++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (seen != items) {
            throw new IllegalStateException("the scan saw " + seen + " of " + items + " items");
        }
        report("total time", String.format("%.1f s", seconds), String.format("%,d pages, %,.0f items/s",
                pages, seen / seconds));
    }

    /**
     * Batches over 1,000 groups of 25 keys, each group written in two versions in turn, so every write changes
     * its item (rewriting an identical item is cheaper than a real write).
     */
    private void batchWrite() throws InterruptedException {
        System.out.println("BatchWriteItem of 25 ~1 KB items, in process, 1 thread (requests built beforehand):");
        int groups = 1_000;
        BatchWriteItemRequest[] batches = new BatchWriteItemRequest[groups * 2];
        for (int i = 0; i < batches.length; i++) {
            batches[i] = batchOf((long) (i % groups) * BATCH, i / groups);
        }
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Workload.inProcessClient(engine)) {
            createTable(ddb);
            Rate sdk = Throughput.measure(1, period, period, n -> ddb.batchWriteItem(batches[(int) (n % batches.length)]));
            report("through the SDK", String.format("%,.0f/s", sdk.perSecond()), String.format(
                    "%,.0f/s per thread-CPU-second; target >= 4,000/s", sdk.perThreadCpuSecond()));
            Rate alone = Throughput.measure(1, period, period, EngineCalls.of(engine, "BatchWriteItem",
                    EngineCalls.prebuilt(groups * 2, i -> batchJson((i % groups) * BATCH, i / groups))));
            report("engine alone: handle(WireRequest)", String.format("%,.0f/s", alone.perSecond()), String.format(
                    "%,.0f/s per thread-CPU-second; SDK's share of the time %.0f%%", alone.perThreadCpuSecond(),
                    100 * (1 - sdk.perThreadCpuSecond() / alone.perThreadCpuSecond())));
        }
        try (DynamoDbClient ceiling = Workload.inProcessCeilingClient()) {
            Rate sdkOnly = Throughput.measure(1, period, period,
                    n -> ceiling.batchWriteItem(batches[(int) (n % batches.length)]));
            report("SDK alone: the same client, answered {}", String.format("%,.0f/s", sdkOnly.perSecond()),
                    String.format("%,.0f/s per thread-CPU-second: the most any engine could reach this way",
                            sdkOnly.perThreadCpuSecond()));
        }
    }

    /** The batch of {@link #batchOf} as raw JSON 1.0, for the engine-only figure. */
    private static String batchJson(long first, long visits) {
        StringBuilder json = new StringBuilder("{\"RequestItems\":{\"" + TABLE + "\":[");
        for (long n = first; n < first + BATCH; n++) {
            json.append(n == first ? "" : ",").append("{\"PutRequest\":{\"Item\":{")
                    .append("\"pk\":{\"S\":\"").append(partition(n)).append("\"},")
                    .append("\"sk\":{\"S\":\"").append(String.format("item-%03d", n % ITEMS_PER_PARTITION))
                    .append("\"},\"name\":{\"S\":\"Learner number ").append(n).append("\"},")
                    .append("\"email\":{\"S\":\"learner").append(n).append("@example.com\"},")
                    .append("\"visits\":{\"N\":\"").append(visits).append("\"},")
                    .append("\"tags\":{\"SS\":[\"dynamodb\",\"workbench\",\"bench\"]},")
                    .append("\"payload\":{\"S\":\"").append(PAYLOAD).append("\"}}}}");
        }
        return json.append("]}}").toString();
    }
}
