package io.ddbworkbench.bench;

import io.ddbworkbench.bench.Throughput.Rate;
import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Prints what streams and TTL cost on this machine, in process through the SDK with ~1 KB items: PutItem
 * without a stream and with two kinds of stream, GetRecords in pages of 1000, and TTL passes over a large
 * table. A benchmark, not a test: it prints figures and asserts nothing.
 *
 * <p>{@code -Dbench.seconds=N} sets each measured period (default 5; warm-up is the same length). Run with
 * {@code java -cp benchmarks/target/benchmarks-<version>.jar io.ddbworkbench.bench.StreamsBenchmark}.
 */
public final class StreamsBenchmark {
    private static final int DISTINCT_KEYS = 20_000;
    private static final int RECORDS_TO_READ = 10_000;
    private static final int TTL_ITEMS = 100_000;
    private static final int ROUNDS = 3;
    private static final Clock FROZEN = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    private final Duration period = Duration.ofSeconds(Long.getLong("bench.seconds", 5));

    private StreamsBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        StreamsBenchmark benchmark = new StreamsBenchmark();
        System.out.printf("Streams and TTL benchmark: %d cores, %s %s, %d s per figure%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), benchmark.period.toSeconds());
        benchmark.writes();
        benchmark.reads();
        benchmark.sweep();
    }

    /**
     * Writes on a clock that moves ten seconds at every reading, so records pass the 24-hour retention after
     * a few thousand writes and the stream is measured in its steady state, trimming as it goes. The three
     * kinds of table take turns over several rounds and each keeps its best round, so neither the JIT's
     * progress nor a burst of load elsewhere favours whichever runs last.
     */
    private void writes() throws InterruptedException {
        System.out.println("PutItem, 1 thread, in process through the SDK (best of " + ROUNDS + " rounds):");
        List<StreamViewType> kinds = Arrays.asList(null, StreamViewType.KEYS_ONLY, StreamViewType.NEW_AND_OLD_IMAGES);
        Map<StreamViewType, Rate> best = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (StreamViewType view : kinds) {
                Rate rate = putRate(view);
                best.merge(view, rate, (a, b) -> a.perThreadCpuSecond() >= b.perThreadCpuSecond() ? a : b);
            }
        }
        Rate plain = best.get(null);
        report("no stream", plain, "");
        for (StreamViewType view : kinds.subList(1, kinds.size())) {
            Rate puts = best.get(view);
            report(view + " stream", puts, String.format("%+.0f%% CPU per write against no stream",
                    100 * (plain.perThreadCpuSecond() / puts.perThreadCpuSecond() - 1)));
        }
    }

    private Rate putRate(StreamViewType view) throws InterruptedException {
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder().clock(new TickingClock())
                .timeToLiveSweepInterval(Duration.ZERO).build());
             DynamoDbClient ddb = Workload.inProcessClient(engine)) {
            Workload.createTable(ddb);
            if (view != null) {
                ddb.updateTable(b -> b.tableName(Workload.TABLE)
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType(view)));
            }
            return Throughput.measure(1, period, period, n -> ddb.putItem(b -> b.tableName(Workload.TABLE)
                    .item(Workload.revision(n, DISTINCT_KEYS))));
        }
    }

    private void reads() throws InterruptedException {
        System.out.println("GetRecords of " + RECORDS_TO_READ + " NEW_AND_OLD_IMAGES records, default pages of 1000:");
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder().clock(FROZEN)
                .timeToLiveSweepInterval(Duration.ZERO).build());
             DynamoDbClient ddb = Workload.inProcessClient(engine);
             DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().httpClient(engine.httpClient())
                     .endpointOverride(engine.inProcessEndpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create("bench", "bench")))
                     .build()) {
            Workload.createTable(ddb);
            String arn = ddb.updateTable(b -> b.tableName(Workload.TABLE).streamSpecification(s -> s
                    .streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)))
                    .tableDescription().latestStreamArn();
            for (int n = 0; n < RECORDS_TO_READ; n++) {
                Map<String, AttributeValue> item = Workload.item(n);
                ddb.putItem(b -> b.tableName(Workload.TABLE).item(item));
            }
            String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
            Rate passes = Throughput.measure(1, period, period, pass -> {
                String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
                while (iterator != null) {
                    String current = iterator;
                    GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(current));
                    iterator = page.records().isEmpty() ? null : page.nextShardIterator();
                }
            });
            report("records read (whole stream per pass)", passes.perSecond() * RECORDS_TO_READ, "");
        }
    }

    /**
     * TTL passes over a table of {@value #TTL_ITEMS} items: the first builds the table's expiry order and
     * deletes the half that has expired; later ones only visit what has come due since.
     */
    private void sweep() {
        System.out.println("TTL passes over " + TTL_ITEMS + " items:");
        long now = FROZEN.instant().getEpochSecond();
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder().clock(FROZEN)
                .timeToLiveSweepInterval(Duration.ZERO).build());
             DynamoDbClient ddb = Workload.inProcessClient(engine)) {
            Workload.createTable(ddb);
            ddb.updateTimeToLive(b -> b.tableName(Workload.TABLE)
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
            for (int n = 0; n < TTL_ITEMS; n++) {
                putExpiring(ddb, n, n % 2 == 0 ? now - 60 : now + 3600);
            }
            timePass(engine, "first pass: builds the order, half expired");
            for (int n = 0; n < TTL_ITEMS / 100; n++) {
                putExpiring(ddb, TTL_ITEMS + n, now - 60);
            }
            timePass(engine, "next pass: 1% of the table has come due");
            timePass(engine, "next pass: nothing due");
        }
    }

    private static void putExpiring(DynamoDbClient ddb, long n, long expiresAt) {
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS(Workload.key(n)),
                "expiresAt", AttributeValue.fromN(Long.toString(expiresAt)));
        ddb.putItem(b -> b.tableName(Workload.TABLE).item(item));
    }

    private static void timePass(DynamoDbEngine engine, String figure) {
        long started = System.nanoTime();
        int deleted = engine.sweepExpiredItems();
        double millis = (System.nanoTime() - started) / 1e6;
        System.out.printf("  %-46s %10s  (%,d deleted)%n", figure, String.format("%,.1f ms", millis), deleted);
    }

    private static void report(String figure, Rate rate, String note) {
        System.out.printf("  %-46s %10s  %,9.0f/s per thread-CPU-second   %s%n", figure,
                String.format("%,.0f/s", rate.perSecond()), rate.perThreadCpuSecond(), note);
    }

    private static void report(String figure, double perSecond, String note) {
        System.out.printf("  %-46s %10s   %s%n", figure, String.format("%,.0f/s", perSecond), note);
    }

    /** A clock that moves ten seconds every time it is read. */
    private static final class TickingClock extends Clock {
        private final AtomicLong readings = new AtomicLong();
        private final Instant start = Instant.parse("2025-06-01T12:00:00Z");

        @Override
        public Instant instant() {
            return start.plusSeconds(10 * readings.incrementAndGet());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
