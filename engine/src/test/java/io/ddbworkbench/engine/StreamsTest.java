package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.StreamsFixture.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.ShardFilterType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The DynamoDB Streams API over both doors, with the SDK's own DynamoDbStreamsClient. */
class StreamsTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void aNewTablesStreamIsListedAndDescribedBeforeAnyWrite(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String events = fixture.createTableWithStream("Events", StreamViewType.NEW_AND_OLD_IMAGES);
            String audit = fixture.createTableWithStream("Audit", StreamViewType.KEYS_ONLY);
            fixture.ddb.createTable(onDemandTable("Plain").build());

            assertThat(fixture.streams.listStreams(b -> { }).streams())
                    .extracting(stream -> stream.tableName() + " " + stream.streamArn() + " " + stream.streamLabel())
                    .containsExactly("Audit " + audit + " " + audit.substring(audit.lastIndexOf('/') + 1),
                            "Events " + events + " " + events.substring(events.lastIndexOf('/') + 1));

            StreamDescription description = fixture.streams.describeStream(b -> b.streamArn(events))
                    .streamDescription();
            assertThat(description.streamArn()).isEqualTo(events);
            assertThat(description.streamStatus()).isEqualTo(StreamStatus.ENABLED);
            assertThat(description.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
            assertThat(description.tableName()).isEqualTo("Events");
            assertThat(description.creationRequestDateTime()).isEqualTo(fixture.clock.instant());
            assertThat(description.keySchema()).singleElement().satisfies(key -> {
                assertThat(key.attributeName()).isEqualTo("pk");
                assertThat(key.keyType()).isEqualTo(KeyType.HASH);
            });
            assertThat(description.lastEvaluatedShardId()).isNull();
            assertThat(description.shards()).singleElement().satisfies(shard -> {
                assertThat(shard.shardId()).matches("shardId-\\d{20}-[0-9a-f]{8}");
                assertThat(shard.parentShardId()).isNull();
                assertThat(shard.sequenceNumberRange().startingSequenceNumber()).matches("\\d{21,40}");
                assertThat(shard.sequenceNumberRange().endingSequenceNumber()).as("open shard").isNull();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theSingleShardIsOnTheFirstPageAndHasNoChildren(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            String shard = fixture.shardId(arn);

            assertThat(fixture.streams.describeStream(b -> b.streamArn(arn).limit(1)).streamDescription().shards())
                    .hasSize(1);
            assertThat(fixture.streams.describeStream(b -> b.streamArn(arn).exclusiveStartShardId(shard))
                    .streamDescription().shards()).isEmpty();
            assertThat(fixture.streams.describeStream(b -> b.streamArn(arn)
                    .shardFilter(f -> f.type(ShardFilterType.CHILD_SHARDS).shardId(shard)))
                    .streamDescription().shards()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void listStreamsFiltersByTableAndPages(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String first = fixture.createTableWithStream("Alpha", StreamViewType.KEYS_ONLY);
            String second = fixture.createTableWithStream("Beta", StreamViewType.KEYS_ONLY);

            assertThat(fixture.streams.listStreams(b -> b.tableName("Beta")).streams())
                    .singleElement().satisfies(stream -> assertThat(stream.streamArn()).isEqualTo(second));
            ListStreamsResponse page = fixture.streams.listStreams(b -> b.limit(1));
            assertThat(page.streams()).singleElement().satisfies(s -> assertThat(s.streamArn()).isEqualTo(first));
            assertThat(page.lastEvaluatedStreamArn()).isEqualTo(first);
            ListStreamsResponse rest = fixture.streams.listStreams(b -> b.limit(1).exclusiveStartStreamArn(first));
            assertThat(rest.streams()).singleElement().satisfies(s -> assertThat(s.streamArn()).isEqualTo(second));
            assertThat(rest.lastEvaluatedStreamArn()).isNull();
            assertFails(() -> fixture.streams.listStreams(b -> b.tableName("Nope")), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found: Table: Nope not found");
        }
    }

    /**
     * The developer guide's example item (key Id = 101) through all four view types; the sizes for
     * NEW_AND_OLD_IMAGES (26, 59, 38 bytes) are the ones the guide's sample records show.
     */
    @ParameterizedTest
    @EnumSource(Door.class)
    void recordsCarryTheImagesTheViewTypeAsksForAndTheirSize(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            Map<StreamViewType, List<Long>> sizes = Map.of(
                    StreamViewType.NEW_AND_OLD_IMAGES, List.of(26L, 59L, 38L),
                    StreamViewType.NEW_IMAGE, List.of(26L, 38L, 5L),
                    StreamViewType.OLD_IMAGE, List.of(5L, 26L, 38L),
                    StreamViewType.KEYS_ONLY, List.of(5L, 5L, 5L));
            for (StreamViewType view : sizes.keySet()) {
                String table = "Items_" + view;
                String arn = fixture.ddb.createTable(b -> b.tableName(table)
                        .attributeDefinitions(attribute("Id", ScalarAttributeType.N)).keySchema(hash("Id"))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(view)))
                        .tableDescription().latestStreamArn();
                Map<String, AttributeValue> created = attrs("Id", n("101"), "Message", s("New item!"));
                Map<String, AttributeValue> changed = attrs("Id", n("101"), "Message", s("This item has changed"));
                fixture.ddb.putItem(b -> b.tableName(table).item(created));
                fixture.ddb.putItem(b -> b.tableName(table).item(changed));
                fixture.ddb.deleteItem(b -> b.tableName(table).key(attrs("Id", n("101"))));

                List<Record> records = fixture.readAll(arn);

                boolean news = view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
                boolean olds = view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
                assertThat(records).extracting(Record::eventName).as(view.toString())
                        .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
                assertThat(records).extracting(record -> record.dynamodb().sizeBytes()).as(view.toString())
                        .isEqualTo(sizes.get(view));
                assertThat(records).allSatisfy(record -> {
                    assertThat(record.dynamodb().keys()).isEqualTo(attrs("Id", n("101")));
                    assertThat(record.dynamodb().streamViewType()).isEqualTo(view);
                });
                assertImage(records.get(0).dynamodb().newImage(), news ? created : null);
                assertImage(records.get(0).dynamodb().oldImage(), null);
                assertImage(records.get(1).dynamodb().newImage(), news ? changed : null);
                assertImage(records.get(1).dynamodb().oldImage(), olds ? created : null);
                assertImage(records.get(2).dynamodb().newImage(), null);
                assertImage(records.get(2).dynamodb().oldImage(), olds ? changed : null);
            }
        }
    }

    private static void assertImage(Map<String, AttributeValue> image, Map<String, AttributeValue> expected) {
        if (expected == null) {
            assertThat(image).isEmpty();
        } else {
            assertThat(image).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void recordsNameTheirSourceAndTimeAndGrowInSequence(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            fixture.clock.advance(Duration.ofMillis(1_700));
            fixture.ddb.putItem(b -> b.tableName("Events").item(attrs("pk", s("a"))));
            fixture.clock.advance(Duration.ofMillis(600));
            fixture.ddb.putItem(b -> b.tableName("Events").item(attrs("pk", s("b"))));

            List<Record> records = fixture.readAll(arn);

            assertThat(records).hasSize(2).allSatisfy(record -> {
                assertThat(record.eventSource()).isEqualTo("aws:dynamodb");
                assertThat(record.eventVersion()).isEqualTo("1.1");
                assertThat(record.awsRegion()).isEqualTo("us-east-1");
                assertThat(record.eventID()).matches("[0-9a-f]{32}");
                assertThat(record.dynamodb().sequenceNumber()).matches("\\d{21,40}");
                assertThat(record.userIdentity()).isNull();
            });
            assertThat(records.get(0).eventID()).isNotEqualTo(records.get(1).eventID());
            assertThat(new BigInteger(records.get(1).dynamodb().sequenceNumber()))
                    .isGreaterThan(new BigInteger(records.get(0).dynamodb().sequenceNumber()));
            assertThat(records).extracting(record -> record.dynamodb().approximateCreationDateTime())
                    .as("rounded down to the second").containsExactly(
                            fixture.clock.instant().minusMillis(600).truncatedTo(ChronoUnit.SECONDS),
                            fixture.clock.instant().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aWriteThatChangesNothingLeavesNoRecord(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.NEW_AND_OLD_IMAGES);
            Map<String, AttributeValue> item = attrs("pk", s("a"), "n", n("1.0"), "tags", AttributeValue.fromSs(
                    List.of("x", "y")));
            fixture.ddb.putItem(b -> b.tableName("Events").item(item));
            fixture.ddb.putItem(b -> b.tableName("Events").item(attrs("pk", s("a"), "n", n("1"),
                    "tags", AttributeValue.fromSs(List.of("y", "x")))));
            fixture.ddb.updateItem(b -> b.tableName("Events").key(attrs("pk", s("a")))
                    .updateExpression("SET n = :one").expressionAttributeValues(attrs(":one", n("1"))));
            fixture.ddb.deleteItem(b -> b.tableName("Events").key(attrs("pk", s("absent"))));
            assertFails(() -> fixture.ddb.putItem(b -> b.tableName("Events").item(attrs("pk", s("a"), "n", n("2")))
                            .conditionExpression("attribute_not_exists(pk)")),
                    ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                    "The conditional request failed");
            fixture.ddb.putItem(b -> b.tableName("Events").item(attrs("pk", s("a"), "n", n("2"))));

            assertThat(fixture.readAll(arn)).extracting(Record::eventName)
                    .containsExactly(OperationType.INSERT, OperationType.MODIFY);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void iteratorsStartWhereTheirTypeSays(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            fixture.put("Events", "a");
            fixture.clock.advance(Duration.ofSeconds(10));
            fixture.put("Events", "b");
            fixture.put("Events", "c");
            List<Record> written = fixture.readAll(arn);
            String latest = fixture.iterator(arn, ShardIteratorType.LATEST);
            String second = written.get(1).dynamodb().sequenceNumber();
            String atTime = fixture.streams.getShardIterator(b -> b.streamArn(arn).shardId(fixture.shardId(arn))
                    .shardIteratorType(ShardIteratorType.AT_TIMESTAMP).timestamp(fixture.clock.instant()))
                    .shardIterator();
            fixture.put("Events", "d");

            assertThat(keys(written)).containsExactly("a", "b", "c");
            assertThat(keys(fixture.readFrom(latest))).containsExactly("d");
            assertThat(keys(fixture.readFrom(fixture.iteratorAt(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, second))))
                    .containsExactly("b", "c", "d");
            assertThat(keys(fixture.readFrom(fixture.iteratorAt(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                    second)))).containsExactly("c", "d");
            assertThat(keys(fixture.readFrom(atTime))).containsExactly("b", "c", "d");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void limitPagesAndAnOpenShardAlwaysHandsOutANextIterator(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            fixture.put("Events", "a");
            fixture.put("Events", "b");
            fixture.put("Events", "c");

            GetRecordsResponse first = fixture.streams.getRecords(b -> b.limit(2)
                    .shardIterator(fixture.iterator(arn, ShardIteratorType.TRIM_HORIZON)));
            GetRecordsResponse second = fixture.streams.getRecords(b -> b.limit(2)
                    .shardIterator(first.nextShardIterator()));
            GetRecordsResponse empty = fixture.streams.getRecords(b -> b.shardIterator(second.nextShardIterator()));
            fixture.put("Events", "d");
            GetRecordsResponse later = fixture.streams.getRecords(b -> b.shardIterator(empty.nextShardIterator()));

            assertThat(keys(first.records())).containsExactly("a", "b");
            assertThat(keys(second.records())).containsExactly("c");
            assertThat(empty.records()).isEmpty();
            assertThat(empty.nextShardIterator()).isNotNull();
            assertThat(keys(later.records())).containsExactly("d");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aDisabledStreamClosesItsShardAndStaysReadableForADay(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String old = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            fixture.put("Events", "before");
            String reader = fixture.iterator(old, ShardIteratorType.TRIM_HORIZON);
            fixture.clock.advance(Duration.ofMinutes(1));
            fixture.ddb.updateTable(b -> b.tableName("Events").streamSpecification(s -> s.streamEnabled(false)));
            fixture.put("Events", "while-off");
            String current = fixture.ddb.updateTable(b -> b.tableName("Events").streamSpecification(s -> s
                    .streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
                    .tableDescription().latestStreamArn();
            fixture.put("Events", "after");

            StreamDescription closed = fixture.streams.describeStream(b -> b.streamArn(old)).streamDescription();
            assertThat(closed.streamStatus()).isEqualTo(StreamStatus.DISABLED);
            SequenceNumberRange range = closed.shards().get(0).sequenceNumberRange();
            GetRecordsResponse toTheEnd = fixture.streams.getRecords(b -> b.shardIterator(reader));
            assertThat(keys(toTheEnd.records())).containsExactly("before");
            assertThat(range.endingSequenceNumber()).isEqualTo(toTheEnd.records().get(0).dynamodb().sequenceNumber());
            assertThat(toTheEnd.nextShardIterator()).as("a closed shard read to its end").isNull();
            assertThat(keys(fixture.readAll(current))).containsExactly("after");
            assertThat(fixture.streams.listStreams(b -> b.tableName("Events")).streams())
                    .extracting(stream -> stream.streamArn()).containsExactly(old, current);

            fixture.clock.advance(Duration.ofHours(24));
            assertThat(fixture.streams.listStreams(b -> { }).streams())
                    .extracting(stream -> stream.streamArn()).containsExactly(current);
            assertFails(() -> fixture.streams.describeStream(b -> b.streamArn(old)), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found: Stream: " + old + " not found");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void deletingTheTableDisablesItsStreamWhichLastsADayMore(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            fixture.put("Events", "a");
            fixture.ddb.deleteTable(b -> b.tableName("Events"));

            assertThat(fixture.streams.describeStream(b -> b.streamArn(arn)).streamDescription().streamStatus())
                    .isEqualTo(StreamStatus.DISABLED);
            assertThat(keys(fixture.readAll(arn))).containsExactly("a");
            fixture.clock.advance(Duration.ofHours(24));
            assertFails(() -> fixture.streams.getShardIterator(b -> b.streamArn(arn)
                            .shardId("shardId-00000000000000000000-00000000")
                            .shardIteratorType(ShardIteratorType.TRIM_HORIZON)), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found: Stream: " + arn + " not found");
        }
    }
}
