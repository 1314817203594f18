package io.ddbworkbench.bench;

import io.ddbworkbench.bench.Throughput.Rate;
import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.durable.CommitSync;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The durable mode's figures: PutItem throughput with the tables on disk (one write(2) per group of commits,
 * or an fsync as well) as a share of the in-memory rate, measured in the same run in alternating rounds so
 * the machine's load hits every mode alike; and how long a restart takes to bring a table back, from the log
 * and from a snapshot.
 */
final class DurabilityBenchmark {
    private static final int DISTINCT_KEYS = 20_000;
    private static final int RESTART_ITEMS = 100_000;

    private final Duration period;

    DurabilityBenchmark(Duration period) {
        this.period = period;
    }

    void run() throws Exception {
        for (int threads : new int[] {1, 4}) {
            putThroughput(threads);
        }
        restart();
    }

    private void putThroughput(int threads) throws Exception {
        System.out.println("PutItem in process through the SDK, " + threads + " thread(s), ~1 KB items, "
                + DISTINCT_KEYS + " keys, every put a change, modes in alternating rounds:");
        Map<String, Path> directories = new LinkedHashMap<>();
        Map<String, DynamoDbEngine> engines = new LinkedHashMap<>();
        Map<String, DynamoDbClient> clients = new LinkedHashMap<>();
        try {
            engines.put("in memory", DynamoDbEngine.create());
            for (CommitSync sync : CommitSync.values()) {
                Path directory = Files.createTempDirectory("ddb-durable-bench");
                String mode = "-dbPath, " + (sync == CommitSync.WRITE ? "write per commit group"
                        : "fsync per commit group");
                directories.put(mode, directory);
                engines.put(mode, DynamoDbEngine.create(EngineOptions.builder().dataDirectory(directory)
                        .commitSync(sync).build()));
            }
            Map<String, LongConsumer> puts = new LinkedHashMap<>();
            engines.forEach((mode, engine) -> {
                DynamoDbClient ddb = Workload.inProcessClient(engine);
                clients.put(mode, ddb);
                Workload.createTable(ddb);
                puts.put(mode, n -> ddb.putItem(b -> b.tableName(Workload.TABLE).item(Workload.revision(n, DISTINCT_KEYS))));
            });
            Map<String, Rate> totals = new LinkedHashMap<>();
            AtomicLong sequence = new AtomicLong();
            for (LongConsumer put : puts.values()) {
                Throughput.run(threads, period, sequence, put);
            }
            long rounds = Math.max(1, period.toSeconds());
            for (long round = 0; round < rounds; round++) {
                for (Map.Entry<String, LongConsumer> mode : puts.entrySet()) {
                    Rate rate = Throughput.run(threads, Duration.ofSeconds(1), sequence, mode.getValue());
                    totals.merge(mode.getKey(), rate, Rate::plus);
                }
            }
            double inMemory = totals.get("in memory").perSecond() / rounds;
            totals.forEach((mode, total) -> {
                Rate rate = total.dividedBy(rounds);
                System.out.printf("  %-40s %10s  %,9.0f/s per process-CPU-second   %s%n", mode,
                        String.format("%,.0f/s", rate.perSecond()), rate.perProcessCpuSecond(),
                        mode.equals("in memory") ? "" : String.format("%.0f%% of in memory", 100 * rate.perSecond()
                                / inMemory));
            });
        } finally {
            clients.values().forEach(DynamoDbClient::close);
            engines.values().forEach(DynamoDbEngine::close);
            for (Path directory : directories.values()) {
                delete(directory);
            }
        }
    }


    private void restart() throws Exception {
        System.out.printf("Restart of a table of %,d ~1 KB items:%n", RESTART_ITEMS);
        Path directory = Files.createTempDirectory("ddb-durable-restart");
        // No compaction while filling, so the first restart replays the whole log.
        EngineOptions options = EngineOptions.builder().dataDirectory(directory).compactLogAfterBytes(Long.MAX_VALUE)
                .build();
        try {
            try (DynamoDbEngine engine = DynamoDbEngine.create(options);
                 DynamoDbClient ddb = Workload.inProcessClient(engine)) {
                Workload.createTable(ddb);
                for (int n = 0; n < RESTART_ITEMS; n++) {
                    int key = n;
                    ddb.putItem(b -> b.tableName(Workload.TABLE).item(Workload.item(key)));
                }
            }
            long logBytes = directorySize(directory);
            long fromLog = timeToOpen(options);
            try (DynamoDbEngine engine = DynamoDbEngine.create(options)) {
                engine.durableStorage().orElseThrow().compact();
            }
            long snapshotBytes = directorySize(directory);
            long fromSnapshot = timeToOpen(options);
            System.out.printf("  %-40s %10s   %,d bytes on disk (%,d per item)%n", "from the log (no snapshot yet)",
                    fromLog + " ms", logBytes, logBytes / RESTART_ITEMS);
            System.out.printf("  %-40s %10s   %,d bytes on disk (%,d per item)%n", "from a snapshot",
                    fromSnapshot + " ms", snapshotBytes, snapshotBytes / RESTART_ITEMS);
        } finally {
            delete(directory);
        }
    }

    /** The median of three opens: recovery and nothing else. */
    private static long timeToOpen(EngineOptions options) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            try (DynamoDbEngine engine = DynamoDbEngine.create(options)) {
                millis.add((System.nanoTime() - started) / 1_000_000);
                if (engine.context().catalog().find(Workload.TABLE).items().itemCount() != RESTART_ITEMS) {
                    throw new IllegalStateException("the restart did not bring every item back");
                }
            }
        }
        millis.sort(null);
        return millis.get(1);
    }

    private static long directorySize(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            long total = 0;
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
