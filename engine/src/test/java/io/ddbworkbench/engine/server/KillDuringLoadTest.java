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
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The durable server as a child process, loaded from several threads over HTTP and killed with SIGKILL in
 * the middle, several times over, compacting all the while. After each restart on the same directory every
 * write that got a 200 is there (puts, deletes, counter updates, transactions), the writes that were in
 * flight are either there or not but never damaged, no transaction is half applied (money moved between two
 * tables adds up, and each transfer's own counter agrees), the table's stream agrees with the table, and the
 * server reads and writes as before.
 */
class KillDuringLoadTest {
    private static final String TABLE = "Ledger";
    private static final String SAVINGS = "Savings";
    private static final int THREADS = 4;
    private static final int KILLS = 3;
    private static final int ACCOUNTS = 10;
    private static final long OPENING_BALANCE = 1_000;
    private static final String PAYLOAD = "x".repeat(3_000);
    /** Writes per load before the kill may come: about 1.5 MB of log, past the 1 MB compaction threshold. */
    private static final int WRITES_BEFORE_KILL = 600;

    @TempDir
    Path data;

    private final Map<String, Map<String, AttributeValue>> present = new ConcurrentHashMap<>();
    private final Map<String, Boolean> absent = new ConcurrentHashMap<>();
    /** Keys whose last write was in flight at the kill: either outcome is allowed. */
    private final Map<String, Boolean> uncertain = new ConcurrentHashMap<>();
    private final AtomicInteger inFlightAtKills = new AtomicInteger();
    /** Per thread, counters bumped by UpdateItem and by each transfer's transaction. */
    private final Counter[] updates = new Counter[THREADS];
    private final Counter[] transfers = new Counter[THREADS];

    @Test
    void everyAcknowledgedWriteSurvivesKillNineAndTheServerCarriesOn() throws Exception {
        for (int t = 0; t < THREADS; t++) {
            updates[t] = new Counter("counter-" + t);
            transfers[t] = new Counter("transfers-" + t);
        }
        Random random = new Random(0xC0FFEEL);
        int acknowledged = 0;
        try (ServerProcess first = start(); DynamoDbClient ddb = client(first.endpoint())) {
            createTable(ddb, TABLE);
            createTable(ddb, SAVINGS);
            for (int a = 0; a < ACCOUNTS; a++) {
                Map<String, AttributeValue> account = account(a);
                for (String table : List.of(TABLE, SAVINGS)) {
                    ddb.putItem(b -> b.tableName(table).item(account));
                }
            }
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
        long transactions = 0;
        for (Counter counter : transfers) {
            transactions += counter.acknowledged;
        }
        assertThat(transactions).as("transfers went through").isGreaterThan(50);
        System.out.printf("[kill -9] %d acknowledged writes (%d transactions) over %d kills, %d in flight at the"
                + " kills%n", acknowledged, transactions, KILLS, inFlightAtKills.get());
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

    /** One writer: puts of new items, deletes of its own items, counter increments, transfers. */
    private int write(DynamoDbClient ddb, int thread, int cycle, Random random, AtomicBoolean serverUp,
                      AtomicInteger done) {
        List<String> mine = new ArrayList<>();
        int acknowledged = 0;
        for (int n = 0; ; n++) {
            int choice = random.nextInt(100);
            String key = null;
            Counter counter = null;
            try {
                if (choice < 50 || (choice < 65 && mine.isEmpty())) {
                    key = "t" + thread + "-c" + cycle + "-" + n;
                    Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS(key),
                            "n", AttributeValue.fromN(Integer.toString(n)), "payload", AttributeValue.fromS(PAYLOAD));
                    ddb.putItem(b -> b.tableName(TABLE).item(item));
                    present.put(key, item);
                    mine.add(key);
                } else if (choice < 65) {
                    key = mine.remove(random.nextInt(mine.size()));
                    String gone = key;
                    ddb.deleteItem(b -> b.tableName(TABLE).key(key(gone)));
                    present.remove(key);
                    absent.put(key, true);
                } else if (choice < 80) {
                    counter = updates[thread];
                    counter.inFlight = true;
                    String name = counter.key;
                    AttributeValue value = ddb.updateItem(b -> b.tableName(TABLE).key(key(name))
                            .updateExpression("ADD n :one")
                            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                            .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("n");
                    counter.acknowledged(Long.parseLong(value.n()));
                } else {
                    counter = transfers[thread];
                    counter.inFlight = true;
                    if (transfer(ddb, counter.key, random)) {
                        counter.acknowledged(counter.acknowledged + 1);
                    } else {
                        counter.inFlight = false;
                    }
                }
                acknowledged++;
                done.incrementAndGet();
            } catch (RuntimeException e) {
                if (serverUp.get()) {
                    throw new AssertionError("a write failed while the server was up", e);
                }
                if (key != null) {
                    uncertain.put(key, true);
                }
                inFlightAtKills.incrementAndGet();
                return acknowledged;
            }
        }
    }

    /**
     * Moves money from an account in one table to an account in the other, and counts the transfer, in one
     * transaction across both tables.
     *
     * @return false when the paying account could not afford it (the transaction was refused, nothing moved)
     */
    private static boolean transfer(DynamoDbClient ddb, String counterKey, Random random) {
        boolean fromLedger = random.nextBoolean();
        String from = fromLedger ? TABLE : SAVINGS;
        String to = fromLedger ? SAVINGS : TABLE;
        String payer = "account-" + random.nextInt(ACCOUNTS);
        String payee = "account-" + random.nextInt(ACCOUNTS);
        String amount = Integer.toString(1 + random.nextInt(100));
        try {
            ddb.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName(from).key(key(payer))
                            .updateExpression("ADD balance :minus").conditionExpression("balance >= :amount")
                            .expressionAttributeValues(Map.of(":minus", AttributeValue.fromN("-" + amount),
                                    ":amount", AttributeValue.fromN(amount)))).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(to).key(key(payee))
                            .updateExpression("ADD balance :plus")
                            .expressionAttributeValues(Map.of(":plus", AttributeValue.fromN(amount)))).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(TABLE).key(key(counterKey))
                            .updateExpression("ADD n :one")
                            .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build()));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    private void verify(DynamoDbClient ddb, int cycle) {
        for (Map.Entry<String, Map<String, AttributeValue>> expected : present.entrySet()) {
            if (!uncertain.containsKey(expected.getKey())) {
                assertThat(get(ddb, TABLE, expected.getKey()))
                        .as("acknowledged put %s after kill %d", expected.getKey(), cycle)
                        .isEqualTo(expected.getValue());
            }
        }
        for (String key : absent.keySet()) {
            if (!uncertain.containsKey(key)) {
                assertThat(get(ddb, TABLE, key)).as("acknowledged delete %s after kill %d", key, cycle).isEmpty();
            }
        }
        long countersStored = 0;
        for (int t = 0; t < THREADS; t++) {
            for (Counter counter : List.of(updates[t], transfers[t])) {
                Map<String, AttributeValue> item = get(ddb, TABLE, counter.key);
                countersStored += item.isEmpty() ? 0 : 1;
                counter.settle(item.isEmpty() ? 0 : Long.parseLong(item.get("n").n()), cycle);
            }
        }
        long total = 0;
        for (int a = 0; a < ACCOUNTS; a++) {
            for (String table : List.of(TABLE, SAVINGS)) {
                total += Long.parseLong(get(ddb, table, "account-" + a).get("balance").n());
            }
        }
        assertThat(total).as("money after kill %d: no transfer half applied", cycle)
                .isEqualTo(2 * ACCOUNTS * OPENING_BALANCE);
        // In-flight writes settle one way or the other; from here on what the server says is what is expected.
        for (String key : uncertain.keySet()) {
            Map<String, AttributeValue> item = get(ddb, TABLE, key);
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
                .isEqualTo(present.size() + countersStored + ACCOUNTS);
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
            Map<String, AttributeValue> item = get(ddb, TABLE, last.getKey());
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

    private static void createTable(DynamoDbClient ddb, String name) {
        ddb.createTable(b -> b.tableName(name)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(stream -> stream.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
    }

    private static Map<String, AttributeValue> account(int number) {
        return Map.of("pk", AttributeValue.fromS("account-" + number),
                "balance", AttributeValue.fromN(Long.toString(OPENING_BALANCE)));
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", AttributeValue.fromS(pk));
    }

    private static Map<String, AttributeValue> get(DynamoDbClient ddb, String table, String key) {
        return ddb.getItem(b -> b.tableName(table).consistentRead(true).key(key(key))).item();
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

    /** A counter one writer owns: the value last acknowledged, and whether a bump was in flight at the kill. */
    private static final class Counter {
        final String key;
        long acknowledged;
        boolean inFlight;

        Counter(String key) {
            this.key = key;
        }

        void acknowledged(long value) {
            acknowledged = value;
            inFlight = false;
        }

        /** Checks what the restarted server holds, then takes it as the new starting point. */
        void settle(long stored, int cycle) {
            long most = inFlight ? acknowledged + 1 : acknowledged;
            assertThat(stored).as("%s after kill %d", key, cycle).isBetween(acknowledged, most);
            acknowledged(stored);
        }
    }
}
