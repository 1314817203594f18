package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTableWithIndex;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The TTL process: what counts as expired, what it deletes (indexes included) and the records it leaves. */
class TimeToLiveSweepTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void onlyPastEpochSecondNumbersWithinFiveYearsAreDeleted(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            DynamoDbClient ddb = fixture.ddb;
            ddb.createTable(onDemandTableWithIndex("Sessions").build());
            enableTtl(ddb);
            long now = fixture.clock.instant().getEpochSecond();
            Map<String, AttributeValue> expiries = Map.of(
                    "past", n(Long.toString(now - 60)),
                    "justPast", n(now - 1 + ".5"),
                    "now", n(Long.toString(now)),
                    "future", n(Long.toString(now + 3600)),
                    "milliseconds", n(Long.toString(now * 1000)),
                    "sixYearsAgo", n(Long.toString(now - 6 * 366 * 86_400L)),
                    "asString", s(Long.toString(now - 60)),
                    "asSet", AttributeValue.fromNs(List.of(Long.toString(now - 60))));
            expiries.forEach((key, expiry) -> put(ddb, key, expiry));
            ddb.putItem(b -> b.tableName("Sessions").item(attrs("pk", s("noExpiry"), "g", s("x"))));

            assertThat(get(ddb, "past")).as("expired but not yet swept: still readable").isNotEmpty();
            assertThat(fixture.engine.sweepExpiredItems()).isEqualTo(2);

            assertThat(remainingKeys(fixture)).containsExactlyInAnyOrder("now", "future", "milliseconds",
                    "sixYearsAgo", "asString", "asSet", "noExpiry");
            assertThat(indexItemCount(ddb)).as("the global index dropped them too").isEqualTo(7);

            fixture.clock.advance(Duration.ofHours(1).plusSeconds(1));
            assertThat(fixture.engine.sweepExpiredItems()).isEqualTo(2);
            assertThat(remainingKeys(fixture)).containsExactlyInAnyOrder("milliseconds", "sixYearsAgo", "asString",
                    "asSet", "noExpiry");
            assertThat(fixture.engine.sweepExpiredItems()).as("nothing left to do").isZero();
        }
    }

    /** Passes only visit what is due, so every kind of write must keep that order current. */
    @ParameterizedTest
    @EnumSource(Door.class)
    void laterWritesAndAChangedAttributeDecideWhatIsDue(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            DynamoDbClient ddb = fixture.ddb;
            ddb.createTable(onDemandTableWithIndex("Sessions").build());
            enableTtl(ddb);
            long now = fixture.clock.instant().getEpochSecond();
            AttributeValue past = n(Long.toString(now - 60));
            put(ddb, "extended", past);
            put(ddb, "cleared", past);
            put(ddb, "replaced", n(Long.toString(now + 3600)));
            assertThat(fixture.engine.sweepExpiredItems()).as("builds the order; two are due").isEqualTo(2);
            put(ddb, "extended", past);
            put(ddb, "cleared", past);
            ddb.updateItem(b -> b.tableName("Sessions").key(attrs("pk", s("extended")))
                    .updateExpression("SET #ttl = :later").expressionAttributeNames(Map.of("#ttl", "ttl"))
                    .expressionAttributeValues(attrs(":later", n(Long.toString(now + 7200)))));
            ddb.updateItem(b -> b.tableName("Sessions").key(attrs("pk", s("cleared")))
                    .updateExpression("REMOVE #ttl").expressionAttributeNames(Map.of("#ttl", "ttl")));
            put(ddb, "replaced", past);
            ddb.putItem(b -> b.tableName("Sessions").item(attrs("pk", s("renamed"), "g", s("x"), "expires", past)));

            assertThat(fixture.engine.sweepExpiredItems()).isEqualTo(1);
            assertThat(remainingKeys(fixture)).containsExactlyInAnyOrder("extended", "cleared", "renamed");

            fixture.clock.advance(Duration.ofHours(1));
            ddb.updateTimeToLive(b -> b.tableName("Sessions")
                    .timeToLiveSpecification(t -> t.enabled(false).attributeName("ttl")));
            fixture.clock.advance(Duration.ofHours(1));
            ddb.updateTimeToLive(b -> b.tableName("Sessions")
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
            assertThat(fixture.engine.sweepExpiredItems()).as("now read from the new attribute").isEqualTo(1);
            assertThat(remainingKeys(fixture)).containsExactlyInAnyOrder("extended", "cleared");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void nothingIsDeletedUnlessTtlHasFinishedEnabling(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door, Duration.ofSeconds(5))) {
            DynamoDbClient ddb = fixture.ddb;
            ddb.createTable(onDemandTableWithIndex("Sessions").build());
            fixture.clock.advance(Duration.ofSeconds(5));
            put(ddb, "past", n(Long.toString(fixture.clock.instant().getEpochSecond() - 60)));

            assertThat(fixture.engine.sweepExpiredItems()).as("TTL off").isZero();
            enableTtl(ddb);
            assertThat(fixture.engine.sweepExpiredItems()).as("ENABLING").isZero();
            fixture.clock.advance(Duration.ofSeconds(5));
            assertThat(fixture.engine.sweepExpiredItems()).as("ENABLED").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void ttlDeletionsReachTheStreamAsTheServicesOwn(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            DynamoDbClient ddb = fixture.ddb;
            String arn = ddb.createTable(onDemandTableWithIndex("Sessions")
                            .streamSpecification(spec -> spec.streamEnabled(true)
                                    .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)).build())
                    .tableDescription().latestStreamArn();
            enableTtl(ddb);
            long past = fixture.clock.instant().getEpochSecond() - 60;
            put(ddb, "expired", n(Long.toString(past)));
            put(ddb, "removedByCaller", n(Long.toString(past + 7200)));
            ddb.deleteItem(b -> b.tableName("Sessions").key(attrs("pk", s("removedByCaller"))));
            fixture.engine.sweepExpiredItems();

            List<Record> removals = fixture.readAll(arn).stream()
                    .filter(record -> record.eventName() == OperationType.REMOVE).toList();

            assertThat(removals).hasSize(2);
            assertThat(removals.get(0).dynamodb().keys().get("pk").s()).isEqualTo("removedByCaller");
            assertThat(removals.get(0).userIdentity()).isNull();
            assertThat(removals.get(1).dynamodb().keys().get("pk").s()).isEqualTo("expired");
            assertThat(removals.get(1).dynamodb().oldImage()).containsEntry("ttl", n(Long.toString(past)));
            assertThat(removals.get(1).userIdentity()).satisfies(identity -> {
                assertThat(identity.type()).isEqualTo("Service");
                assertThat(identity.principalId()).isEqualTo("dynamodb.amazonaws.com");
            });
        }
    }

    /** The sweep decides under the table's lock: an item whose expiry was just pushed back survives. */
    @Test
    void anItemNoLongerExpiredWhenItsTurnComesIsKept() {
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder()
                .timeToLiveSweepInterval(Duration.ZERO).build()); DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ddb.createTable(onDemandTableWithIndex("Sessions").build());
            Table table = engine.context().catalog().require("Sessions");
            PrimaryKey key = new PrimaryKey(new StringValue("a"), null);
            List<ItemChange> published = new ArrayList<>();
            engine.context().writer().addListener(published::addAll);
            engine.context().writer().mutate(table, key, current -> Item.of(Map.of(
                    "pk", new StringValue("a"), "ttl", NumberValue.of(1))));

            boolean deleted = engine.context().writer().deleteExpired(table, key,
                    current -> current.get("ttl").equals(NumberValue.of(0)));

            assertThat(deleted).isFalse();
            assertThat(table.get(key)).isNotNull();
            assertThat(published).as("only the put was committed").hasSize(1)
                    .allSatisfy(change -> assertThat(change.byTimeToLive()).isFalse());
        }
    }

    @Test
    void theBackgroundProcessDeletesWithoutBeingAsked() throws InterruptedException {
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder()
                .timeToLiveSweepInterval(Duration.ofMillis(20)).build());
             DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ddb.createTable(onDemandTableWithIndex("Sessions").build());
            enableTtl(ddb);
            put(ddb, "past", n(Long.toString(System.currentTimeMillis() / 1000 - 60)));

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!get(ddb, "past").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            assertThat(get(ddb, "past")).isEmpty();
        }
    }

    private static void enableTtl(DynamoDbClient ddb) {
        ddb.updateTimeToLive(b -> b.tableName("Sessions")
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl")));
    }

    private static void put(DynamoDbClient ddb, String key, AttributeValue expiry) {
        ddb.putItem(b -> b.tableName("Sessions").item(attrs("pk", s(key), "g", s("x"), "ttl", expiry)));
    }

    private static Map<String, AttributeValue> get(DynamoDbClient ddb, String key) {
        return ddb.getItem(b -> b.tableName("Sessions").key(attrs("pk", s(key)))).item();
    }

    private static List<String> remainingKeys(StreamsFixture fixture) {
        return fixture.engine.context().catalog().require("Sessions").snapshot().stream()
                .map(item -> ((StringValue) item.get("pk")).value()).toList();
    }

    private static long indexItemCount(DynamoDbClient ddb) {
        return ddb.describeTable(b -> b.tableName("Sessions")).table().globalSecondaryIndexes().get(0).itemCount();
    }
}
