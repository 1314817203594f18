package io.ddbworkbench.bench;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.protocol.EngineHttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import io.ddbworkbench.bench.Throughput.Rate;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Prints the engine's figures on this machine: start-up (cold, in a fresh JVM, and warm), single-thread
 * in-process throughput through the SDK and through the engine alone, and HTTP throughput with 8 client threads
 * next to the ceiling of the same HTTP server answering {@code {}}. A benchmark, not a test: it asserts nothing
 * and prints figures with their targets.
 *
 * <p>Arguments pick sections ({@code cold warm inprocess http durable}, all by default); {@code -Dbench.seconds=N} sets
 * each measured period (default 5; warm-up is the same length).
 */
public final class EngineBenchmark {
    private static final int HTTP_CLIENT_THREADS = 8;
    private static final int COLD_RUNS = 5;
    private static final int WARM_RUNS = 50;
    private static final int DISTINCT_KEYS = 20_000;

    private final Duration period = Duration.ofSeconds(Long.getLong("bench.seconds", 5));

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        EngineBenchmark benchmark = new EngineBenchmark();
        List<String> sections = args.length == 0 ? List.of("cold", "warm", "inprocess", "http", "durable")
                : List.of(args);
        System.out.printf("Engine benchmark: %d cores, %s %s, %d s per figure, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), benchmark.period.toSeconds(), loadAverage());
        for (String section : sections) {
            switch (section) {
                case "cold": benchmark.coldStart(); break;
                case "warm": benchmark.warmStart(); break;
                case "inprocess": benchmark.inProcess(); break;
                case "http": benchmark.overHttp(); break;
                case "durable": new DurabilityBenchmark(benchmark.period).run(); break;
                default: throw new IllegalArgumentException("unknown section '" + section
                        + "'; sections are cold, warm, inprocess, http and durable");
            }
        }
        System.out.printf("Load average at the end %.1f (figures from a busy machine are low)%n", loadAverage());
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void report(String figure, String value, String target) {
        System.out.printf("  %-52s %16s   %s%n", figure, value, target);
    }

    /** A single-thread figure: wall rate, and the rate per CPU-second of the calling thread. */
    private static void report(String figure, Rate rate, String target) {
        System.out.printf("  %-46s %10s  %,9.0f/s per thread-CPU-second   %s%n", figure,
                String.format("%,.0f/s", rate.perSecond()), rate.perThreadCpuSecond(), target);
    }

    /** A client-and-server figure: wall rate, and the rate per CPU-second of the whole process. */
    private static void reportProcess(String figure, Rate rate, String note) {
        System.out.printf("  %-46s %10s  %,9.0f/s per process-CPU-second   %s%n", figure,
                String.format("%,.0f/s", rate.perSecond()), rate.perProcessCpuSecond(), note);
    }

    private void coldStart() throws IOException, InterruptedException {
        System.out.println("Start to first PutItem, cold (fresh JVM, engine + SDK client + CreateTable + PutItem):");
        Map<String, List<Long>> figures = new LinkedHashMap<>();
        List<Long> fromSpawn = new ArrayList<>();
        for (int run = 0; run < COLD_RUNS; run++) {
            String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long spawned = System.nanoTime();
            Process child = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                    ColdStart.class.getName()).redirectErrorStream(true).start();
            String line = null;
            List<String> output = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String next = out.readLine(); next != null; next = out.readLine()) {
                    output.add(next);
                    if (line == null && next.startsWith("fromMain=")) {
                        line = next;
                        fromSpawn.add((System.nanoTime() - spawned) / 1_000_000);
                    }
                }
            }
            if (child.waitFor() != 0 || line == null) {
                throw new IllegalStateException("the cold-start run failed: " + output);
            }
            for (String figure : line.split(" ")) {
                String[] nameAndValue = figure.split("=");
                figures.computeIfAbsent(nameAndValue[0], name -> new ArrayList<>()).add(Long.parseLong(nameAndValue[1]));
            }
        }
        report("from main() (median of " + COLD_RUNS + ")", median(figures.get("fromMain")) + " ms", "target < 1000 ms");
        report("from JVM start", median(figures.get("jvmUptime")) + " ms", "");
        report("from process spawn", median(fromSpawn) + " ms", "");
        report("  of which DynamoDbEngine.create()", median(figures.get("engine")) + " ms", "");
        report("  of which building the SDK client", median(figures.get("sdkClient")) + " ms", "");
        report("  of which the first call, CreateTable", median(figures.get("createTable")) + " ms", "");
        report("  of which PutItem", median(figures.get("putItem")) + " ms", "");
    }

    private void warmStart() {
        System.out.println("Start to first PutItem, warm (same JVM, after warm-up):");
        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < 300 + WARM_RUNS; run++) {
            long started = System.nanoTime();
            try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Workload.inProcessClient(engine)) {
                Workload.createTable(ddb);
                ddb.putItem(b -> b.tableName(Workload.TABLE).item(Workload.item(1)));
            }
            if (run >= 300) {
                micros.add((System.nanoTime() - started) / 1_000);
            }
        }
        report("engine + SDK client + CreateTable + PutItem (median)", String.format("%.2f ms", median(micros) / 1000.0),
                "target < 50 ms");
        long started = System.nanoTime();
        try (DynamoDbEngine engine = DynamoDbEngine.create()) {
            long engineOnly = (System.nanoTime() - started) / 1_000;
            report("engine alone, DynamoDbEngine.create()", engineOnly + " us", "");
        }
    }

    private void inProcess() throws InterruptedException {
        System.out.println("In process, 1 thread, ~1 KB items:");
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Workload.inProcessClient(engine)) {
            Workload.createTable(ddb);
            Rate puts = Throughput.measure(1, period, period, n -> ddb.putItem(b -> b.tableName(Workload.TABLE)
                    .item(Workload.revision(n, DISTINCT_KEYS))));
            report("PutItem through the SDK", puts, "target >= 50,000/s");
            Rate gets = Throughput.measure(1, period, period, n -> ddb.getItem(b -> b.tableName(Workload.TABLE)
                    .key(Workload.keyOf(n % DISTINCT_KEYS))));
            report("GetItem through the SDK", gets, "target >= 50,000/s");

            Rate enginePuts = Throughput.measure(1, period, period,
                    EngineCalls.of(engine, "PutItem", EngineCalls.prebuilt(2 * DISTINCT_KEYS, n -> Workload.putItemJson(n, DISTINCT_KEYS))));
            report("PutItem, engine alone: handle(WireRequest)", enginePuts, String.format("SDK's share of the time %.0f%%",
                    100 * (1 - puts.perThreadCpuSecond() / enginePuts.perThreadCpuSecond())));
            Rate engineGets = Throughput.measure(1, period, period,
                    EngineCalls.of(engine, "GetItem", EngineCalls.prebuilt(DISTINCT_KEYS, Workload::getItemJson)));
            report("GetItem, engine alone: handle(WireRequest)", engineGets, String.format("SDK's share of the time %.0f%%",
                    100 * (1 - gets.perThreadCpuSecond() / engineGets.perThreadCpuSecond())));
        }
        try (DynamoDbClient ceiling = Workload.inProcessCeilingClient()) {
            report("PutItem, SDK alone, answered {}", Throughput.measure(1, period, period,
                    n -> ceiling.putItem(b -> b.tableName(Workload.TABLE).item(Workload.revision(n, DISTINCT_KEYS)))),
                    "the most any engine could reach through the SDK");
            report("GetItem, SDK alone, answered {}", Throughput.measure(1, period, period,
                    n -> ceiling.getItem(b -> b.tableName(Workload.TABLE).key(Workload.keyOf(n % DISTINCT_KEYS)))),
                    "the most any engine could reach through the SDK");
        }
    }

    private void overHttp() throws InterruptedException {
        System.out.println("Over HTTP, " + HTTP_CLIENT_THREADS + " client threads, SDK sync client (Apache), ~1 KB items,"
                + " engine and ceiling measured in alternating rounds:");
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             SdkHttpClient http = ApacheHttpClient.builder().maxConnections(HTTP_CLIENT_THREADS * 2).build()) {
            EngineHttpServer server = engine.startServer(0);
            int workerThreads = Math.max(8, Runtime.getRuntime().availableProcessors() * 4);
            try (EngineHttpServer ceiling = EngineHttpServer.start("127.0.0.1", 0, workerThreads,
                    EngineOptions.defaults().clientStallTimeout(), new CeilingHandler());
                 DynamoDbClient ddb = Workload.client(http, server.endpoint());
                 DynamoDbClient ceilingDdb = Workload.client(http, ceiling.endpoint())) {
                Workload.createTable(ddb);
                compare("PutItem",
                        n -> ddb.putItem(b -> b.tableName(Workload.TABLE).item(Workload.revision(n, DISTINCT_KEYS))),
                        n -> ceilingDdb.putItem(b -> b.tableName(Workload.TABLE).item(Workload.revision(n, DISTINCT_KEYS))));
                compare("GetItem",
                        n -> ddb.getItem(b -> b.tableName(Workload.TABLE).key(Workload.keyOf(n % DISTINCT_KEYS))),
                        n -> ceilingDdb.getItem(b -> b.tableName(Workload.TABLE).key(Workload.keyOf(n % DISTINCT_KEYS))));
            }
        }
    }

    /**
     * Engine and ceiling in alternating one-second rounds, so a change in the machine's load hits both alike.
     */
    private void compare(String operation, LongConsumer onEngine, LongConsumer onCeiling) throws InterruptedException {
        AtomicLong sequence = new AtomicLong();
        Duration round = Duration.ofSeconds(1);
        Throughput.run(HTTP_CLIENT_THREADS, period, sequence, onEngine);
        Throughput.run(HTTP_CLIENT_THREADS, period, sequence, onCeiling);
        Rate engineTotal = Rate.NONE;
        Rate ceilingTotal = Rate.NONE;
        long rounds = Math.max(1, period.toSeconds());
        for (long i = 0; i < rounds; i++) {
            engineTotal = engineTotal.plus(Throughput.run(HTTP_CLIENT_THREADS, round, sequence, onEngine));
            ceilingTotal = ceilingTotal.plus(Throughput.run(HTTP_CLIENT_THREADS, round, sequence, onCeiling));
        }
        Rate engineRate = engineTotal.dividedBy(rounds);
        Rate ceilingRate = ceilingTotal.dividedBy(rounds);
        reportProcess(operation + ", engine", engineRate, "");
        reportProcess(operation + ", ceiling server answering {}", ceilingRate, String.format(
                "engine at %.0f%% of ceiling (%.0f%% per process-CPU-second; target >= 70%%)",
                100 * engineRate.perSecond() / ceilingRate.perSecond(),
                100 * engineRate.perProcessCpuSecond() / ceilingRate.perProcessCpuSecond()));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
