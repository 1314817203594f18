package io.ddbworkbench.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The durable server as a child process, loaded from several threads over HTTP and killed with SIGKILL in
 * the middle, several times over, compacting all the while. After each restart on the same directory every
 * write that got a 200 is there (puts, deletes, counter updates), the writes that were in flight are either
 * there or not but never damaged, the table's stream agrees with the table, and the server reads and writes as
 * before.
 */
class KillDuringLoadTest {
    private static final String TABLE = "Ledger";
    private static final int THREADS = 4;
    private static final int KILLS = 3;
    private static final String PAYLOAD = "x".repeat(3_000);
    /** Writes per load before the kill may come: about 1.5 MB of log, past the 1 MB compaction threshold. */
    private static final int WRITES_BEFORE_KILL = 600;

    @TempDir
    Path data;

    private final Map<String, Map<String, AttributeValue>> present = new ConcurrentHashMap<>();
    private final Map<String, Boolean> absent = new ConcurrentHashMap<>();
    /** Keys whose last write was in flight at the kill: either outcome is allowed. */
    private final Map<String, Boolean> uncertain = new ConcurrentHashMap<>();
    /** Per thread: the counter value last acknowledged, and whether an increment was in flight. */
    private final AtomicInteger inFlightAtKills = new AtomicInteger();
    private final long[] counters = new long[THREADS];
    private final boolean[] counterInFlight = new boolean[THREADS];

    @Test
    void everyAcknowledgedWriteSurvivesKillNineAndTheServerCarriesOn() throws Exception {
        Random random = new Random(0xC0FFEEL);
        int acknowledged = 0;
        try (ServerProcess first = start(); DynamoDbClient ddb = client(first.endpoint())) {
            ddb.createTable(b -> b.tableName(TABLE)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .streamSpecification(stream -> stream.streamEnabled(true)
                            .streamViewType(StreamViewType.NEW_IMAGE)));
            acknowledged += load(first, ddb, 0, random);
        }
        for (int cycle = 1; cycle <= KILLS; cycle++) {
            try (ServerProcess restarted = start(); DynamoDbClient ddb = client(restarted.endpoint())) {
                verify(ddb, cycle);
                if (cycle < KILLS) {
                    acknowledged += load(restarted, ddb, cycle, random);
                } else {
                    Map<String, AttributeValue> last = Map.of("pk", AttributeValue.fromS("after-all"));
                    ddb.putItem(b -> b.tableName(TABLE).item(last));
                    present.put("after-all", last);
                    assertThat(restarted.terminate()).isZero();
                }
            }
        }
        try (ServerProcess last = start(); DynamoDbClient ddb = client(last.endpoint());
             DynamoDbStreamsClient streams = configure(DynamoDbStreamsClient.builder(), last.endpoint())) {
            verify(ddb, KILLS + 1);
            verifyStream(ddb, streams);
            assertThat(last.terminate()).isZero();
        }
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("the log was compacted during the load").anyMatch(name -> name.startsWith("snapshot-"));
        }
        System.out.printf("[kill -9] %d acknowledged writes over %d kills, %d in flight at the kills%n",
                acknowledged, KILLS, inFlightAtKills.get());
    }

    /**
     * Runs the writers until enough writes went through for a compaction or two, then a random moment longer,
     * kills the server under them, and counts the acknowledged writes.
     */
    private int load(ServerProcess server, DynamoDbClient ddb, int cycle, Random random) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicBoolean serverUp = new AtomicBoolean(true);
        AtomicInteger done = new AtomicInteger();
        List<Future<Integer>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            long seed = random.nextLong();
            writers.add(pool.submit(() -> write(ddb, thread, cycle, new Random(seed), serverUp, done)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (done.get() < WRITES_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(done.get()).as("writes before the kill").isGreaterThanOrEqualTo(WRITES_BEFORE_KILL);
        Thread.sleep(random.nextInt(1_000));
        serverUp.set(false);
        assertThat(server.kill()).as("exit status of a SIGKILLed JVM").isEqualTo(137);
        int total = 0;
        for (Future<Integer> writer : writers) {
            total += writer.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return total;
    }

    /** One writer: puts of new items, deletes of its own items, increments of its own counter. */
    private int write(DynamoDbClient ddb, int thread, int cycle, Random random, AtomicBoolean serverUp,
                      AtomicInteger done) {
        List<String> mine = new ArrayList<>();
        String counter = "counter-" + thread;
        int acknowledged = 0;
        for (int n = 0; ; n++) {
            int choice = random.nextInt(100);
            String key;
            if (choice < 60 || mine.isEmpty()) {
                key = "t" + thread + "-c" + cycle + "-" + n;
            } else if (choice < 75) {
                key = mine.remove(random.nextInt(mine.size()));
            } else {
                key = counter;
            }
            try {
                if (key.equals(counter)) {
                    counterInFlight[thread] = true;
                    AttributeValue value = ddb.updateItem(b -> b.tableName(TABLE)
                            .key(Map.of("pk", AttributeValue.fromS(counter)))
                            .updateExpression("ADD n :one")
                            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                            .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("n");
                    counters[thread] = Long.parseLong(value.n());
                    counterInFlight[thread] = false;
                } else if (present.containsKey(key)) {
                    ddb.deleteItem(b -> b.tableName(TABLE).key(Map.of("pk", AttributeValue.fromS(key))));
                    present.remove(key);
                    absent.put(key, true);
                } else {
                    Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS(key),
                            "n", AttributeValue.fromN(Integer.toString(n)), "payload", AttributeValue.fromS(PAYLOAD));
                    ddb.putItem(b -> b.tableName(TABLE).item(item));
                    present.put(key, item);
                    mine.add(key);
                }
                acknowledged++;
                done.incrementAndGet();
            } catch (RuntimeException e) {
                if (serverUp.get()) {
                    throw new AssertionError("a write failed while the server was up", e);
                }
                if (!key.equals(counter)) {
                    uncertain.put(key, true);
                }
                inFlightAtKills.incrementAndGet();
                return acknowledged;
            }
        }
    }

    private void verify(DynamoDbClient ddb, int cycle) {
        for (Map.Entry<String, Map<String, AttributeValue>> expected : present.entrySet()) {
            if (!uncertain.containsKey(expected.getKey())) {
                assertThat(get(ddb, expected.getKey()))
                        .as("acknowledged put %s after kill %d", expected.getKey(), cycle)
                        .isEqualTo(expected.getValue());
            }
        }
        for (String key : absent.keySet()) {
            if (!uncertain.containsKey(key)) {
                assertThat(get(ddb, key)).as("acknowledged delete %s after kill %d", key, cycle).isEmpty();
            }
        }
        for (int t = 0; t < THREADS; t++) {
            Map<String, AttributeValue> counter = get(ddb, "counter-" + t);
            long stored = counter.isEmpty() ? 0 : Long.parseLong(counter.get("n").n());
            if (counterInFlight[t]) {
                assertThat(stored).as("counter %d after kill %d", t, cycle).isBetween(counters[t], counters[t] + 1);
                counters[t] = stored;
                counterInFlight[t] = false;
            } else {
                assertThat(stored).as("counter %d after kill %d", t, cycle).isEqualTo(counters[t]);
            }
        }
        // In-flight writes settle one way or the other; from here on what the server says is what is expected.
        for (String key : uncertain.keySet()) {
            Map<String, AttributeValue> item = get(ddb, key);
            if (item.isEmpty()) {
                present.remove(key);
                absent.put(key, true);
            } else {
                assertThat(item.get("payload")).as("in-flight write %s is whole", key)
                        .isEqualTo(AttributeValue.fromS(PAYLOAD));
                present.put(key, item);
                absent.remove(key);
            }
        }
        uncertain.clear();
        assertThat(ddb.describeTable(b -> b.tableName(TABLE)).table().itemCount())
                .isEqualTo(present.size() + countersStored(ddb));
    }

    /**
     * The stream agrees with the table after every crash: sequence numbers rise with no repeat, and each
     * key's last record shows the item as the table holds it now (or its removal).
     */
    private void verifyStream(DynamoDbClient ddb, DynamoDbStreamsClient streams) {
        String arn = ddb.describeTable(b -> b.tableName(TABLE)).table().latestStreamArn();
        String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
        String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        Map<String, Record> lastByKey = new HashMap<>();
        BigInteger previous = BigInteger.valueOf(-1);
        while (iterator != null) {
            String current = iterator;
            GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(current));
            for (Record record : page.records()) {
                BigInteger sequence = new BigInteger(record.dynamodb().sequenceNumber());
                assertThat(sequence).as("sequence numbers rise without repeats").isGreaterThan(previous);
                previous = sequence;
                lastByKey.put(record.dynamodb().keys().get("pk").s(), record);
            }
            iterator = page.records().isEmpty() ? null : page.nextShardIterator();
        }
        for (Map.Entry<String, Record> last : lastByKey.entrySet()) {
            Map<String, AttributeValue> item = get(ddb, last.getKey());
            if (item.isEmpty()) {
                assertThat(last.getValue().eventName()).as("last record of removed %s", last.getKey())
                        .isEqualTo(OperationType.REMOVE);
            } else {
                assertThat(last.getValue().dynamodb().newImage()).as("last record of %s", last.getKey())
                        .isEqualTo(item);
            }
        }
        assertThat(lastByKey.keySet()).as("every item has its records").containsAll(present.keySet());
    }

    private long countersStored(DynamoDbClient ddb) {
        long stored = 0;
        for (int t = 0; t < THREADS; t++) {
            if (!get(ddb, "counter-" + t).isEmpty()) {
                stored++;
            }
        }
        return stored;
    }

    private static Map<String, AttributeValue> get(DynamoDbClient ddb, String key) {
        return ddb.getItem(b -> b.tableName(TABLE).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(key)))).item();
    }

    private ServerProcess start() throws Exception {
        return ServerProcess.start(List.of("-cp", System.getProperty("java.class.path"), EngineMain.class.getName()),
                "-port", "0", "-dbPath", data.toString(), "-compactLogMB", "1");
    }

    private static DynamoDbClient client(URI endpoint) {
        return configure(DynamoDbClient.builder(), endpoint);
    }

    private static <C, B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>> C configure(B builder,
                                                                                                  URI endpoint) {
        return builder
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10)).build())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(RetryMode.STANDARD).build())
                .build();
    }
}
