package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.table.ItemWriter.PlannedWrite;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Property-style checks with seeded random workloads: a consumer sees every change exactly once, in order
 * per item, and nothing for writes that change nothing, whichever write path made the change.
 */
class StreamConsistencyTest {
    private static final long SEED = 20_250_601L;
    private static final int KEYS = 8;

    /**
     * One writer mixing puts, updates, deletes, failing conditional puts and two-item commits (the transaction
     * path), and one consumer reading in random small pages and resuming from checkpoints between them. The
     * records it sees must be exactly the changes a model of the table predicts, in order.
     */
    @ParameterizedTest
    @EnumSource(Door.class)
    void aCheckpointingConsumerSeesExactlyTheChangesInCommitOrder(Door door) {
        Random random = new Random(SEED);
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.NEW_AND_OLD_IMAGES);
            Model model = new Model();
            Consumer consumer = new Consumer(fixture, arn, random);

            for (int step = 0; step < 300; step++) {
                writeRandomly(fixture, random, model);
                if (random.nextInt(4) == 0) {
                    consumer.readSome();
                }
            }
            consumer.readToTheEnd();

            assertThat(consumer.seen).isEqualTo(model.expected);
            assertThat(model.unchanged).as("the workload included writes that change nothing").isPositive();
        }
    }

    /**
     * Writers on several threads: each item's records must chain (every record's old image is the previous
     * record's new image), end at the item's final state, and carry unique, increasing sequence numbers.
     */
    @Test
    void concurrentWritersStillYieldOneUnbrokenHistoryPerItem() throws Exception {
        try (StreamsFixture fixture = new StreamsFixture(Door.IN_PROCESS)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.NEW_AND_OLD_IMAGES);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> writers = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                Random random = new Random(SEED + thread);
                writers.add(pool.submit(() -> {
                    for (int step = 0; step < 250; step++) {
                        writeRandomly(fixture, random, new Model());
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            pool.shutdown();

            List<Record> records = fixture.readAll(arn);
            Map<String, Map<String, AttributeValue>> lastImage = new HashMap<>();
            Set<String> eventIds = new HashSet<>();
            BigInteger previous = BigInteger.ZERO;
            for (Record record : records) {
                String key = record.dynamodb().keys().get("pk").s();
                assertThat(record.dynamodb().oldImage()).as("record %s of %s", record.eventID(), key)
                        .isEqualTo(lastImage.getOrDefault(key, Map.of()));
                lastImage.put(key, record.dynamodb().newImage());
                assertThat(eventIds.add(record.eventID())).isTrue();
                BigInteger sequence = new BigInteger(record.dynamodb().sequenceNumber());
                assertThat(sequence).isGreaterThan(previous);
                previous = sequence;
            }
            for (int key = 0; key < KEYS; key++) {
                String pk = "k" + key;
                Map<String, AttributeValue> stored = fixture.ddb.getItem(b -> b.tableName("Events")
                        .key(attrs("pk", s(pk)))).item();
                assertThat(stored).as(pk).isEqualTo(lastImage.getOrDefault(pk, Map.of()));
            }
            assertThat(records).as("four writers changed things").hasSizeGreaterThan(400);
        }
    }

    /** One random write, told to the model, which predicts the record (if any) it should leave. */
    private static void writeRandomly(StreamsFixture fixture, Random random, Model model) {
        DynamoDbClient ddb = fixture.ddb;
        int key = random.nextInt(KEYS);
        String pk = "k" + key;
        String value = Integer.toString(random.nextInt(3));
        Map<String, AttributeValue> item = attrs("pk", s(pk), "v", n(value));
        switch (random.nextInt(5)) {
            case 0 -> {
                ddb.putItem(b -> b.tableName("Events").item(item));
                model.wrote(pk, item);
            }
            case 1 -> {
                ddb.updateItem(b -> b.tableName("Events").key(attrs("pk", s(pk))).updateExpression("SET v = :v")
                        .expressionAttributeValues(attrs(":v", n(value))));
                model.wrote(pk, item);
            }
            case 2 -> {
                ddb.deleteItem(b -> b.tableName("Events").key(attrs("pk", s(pk))));
                model.wrote(pk, null);
            }
            case 3 -> {
                try {
                    ddb.putItem(b -> b.tableName("Events").item(item).conditionExpression("attribute_not_exists(pk)"));
                    model.wrote(pk, item);
                } catch (ConditionalCheckFailedException e) {
                    model.unchanged++;
                }
            }
            default -> {
                String other = "k" + (key + 1) % KEYS;
                commitTogether(fixture, List.of(pk, other), value);
                model.wrote(pk, item);
                model.wrote(other, attrs("pk", s(other), "v", n(value)));
            }
        }
    }

    /** Puts of the keys, all with value {@code v}, as one commit: the path transactions take through the writer. */
    private static void commitTogether(StreamsFixture fixture, List<String> keys, String value) {
        Table table = fixture.engine.context().catalog().require("Events");
        fixture.engine.context().writer().withLocks(List.of(table), () -> {
            List<PlannedWrite> writes = new ArrayList<>();
            for (String key : keys) {
                StringValue pk = new StringValue(key);
                PrimaryKey primaryKey = new PrimaryKey(pk, null);
                writes.add(new PlannedWrite(table, primaryKey, table.get(primaryKey),
                        Item.of(Map.of("pk", pk, "v", NumberValue.parse(value)))));
            }
            return fixture.engine.context().writer().commit(writes, null);
        });
    }

    private static String describe(OperationType event, String pk, Map<String, AttributeValue> old,
                                   Map<String, AttributeValue> next) {
        return event + " " + pk + " " + (old == null ? "-" : old.get("v").n()) + " -> "
                + (next == null ? "-" : next.get("v").n());
    }

    /** The table as the writes left it, and the records (as "EVENT key old -> new") they should have made. */
    private static final class Model {
        final List<String> expected = new ArrayList<>();
        final Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        int unchanged;

        void wrote(String pk, Map<String, AttributeValue> next) {
            Map<String, AttributeValue> old = items.get(pk);
            if (Objects.equals(old, next)) {
                unchanged++;
                return;
            }
            OperationType event = old == null ? OperationType.INSERT : next == null ? OperationType.REMOVE
                    : OperationType.MODIFY;
            expected.add(describe(event, pk, old, next));
            if (next == null) {
                items.remove(pk);
            } else {
                items.put(pk, next);
            }
        }
    }

    /** A consumer that pages with random limits and sometimes resumes from its checkpoint instead. */
    private static final class Consumer {
        final List<String> seen = new ArrayList<>();
        private final StreamsFixture fixture;
        private final String arn;
        private final Random random;
        private String iterator;
        private String checkpoint;

        Consumer(StreamsFixture fixture, String arn, Random random) {
            this.fixture = fixture;
            this.arn = arn;
            this.random = random;
            this.iterator = fixture.iterator(arn, ShardIteratorType.TRIM_HORIZON);
        }

        void readSome() {
            if (checkpoint != null && random.nextInt(3) == 0) {
                iterator = fixture.iteratorAt(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, checkpoint);
            }
            String current = iterator;
            GetRecordsResponse response = fixture.streams.getRecords(b -> b.shardIterator(current)
                    .limit(1 + random.nextInt(5)));
            for (Record record : response.records()) {
                Map<String, AttributeValue> old = record.dynamodb().hasOldImage() ? record.dynamodb().oldImage() : null;
                Map<String, AttributeValue> next = record.dynamodb().hasNewImage() ? record.dynamodb().newImage()
                        : null;
                seen.add(describe(record.eventName(), record.dynamodb().keys().get("pk").s(), old, next));
                checkpoint = record.dynamodb().sequenceNumber();
            }
            iterator = response.nextShardIterator();
        }

        void readToTheEnd() {
            int before;
            do {
                before = seen.size();
                readSome();
            } while (seen.size() > before);
        }
    }
}
