package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.StreamsFixture.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/** Expired iterators, trimmed records, unknown streams and shards, and malformed Streams requests. */
class StreamErrorsTest {
    private static final String EXPIRED = "The provided iterator exceeds the maximum age allowed.";
    private static final String TRIMMED = "The data you are trying to access has been trimmed.";

    @ParameterizedTest
    @EnumSource(Door.class)
    void iteratorsExpireFifteenMinutesAfterTheyWereHandedOut(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            String iterator = fixture.iterator(arn, ShardIteratorType.TRIM_HORIZON);
            fixture.clock.advance(Duration.ofMinutes(14));
            GetRecordsResponse read = fixture.streams.getRecords(b -> b.shardIterator(iterator));
            fixture.clock.advance(Duration.ofMinutes(1));

            assertFails(() -> fixture.streams.getRecords(b -> b.shardIterator(iterator)),
                    ExpiredIteratorException.class, "ExpiredIteratorException", EXPIRED);
            assertThat(fixture.streams.getRecords(b -> b.shardIterator(read.nextShardIterator())).records())
                    .as("the next iterator counts its own 15 minutes").isEmpty();
            fixture.clock.advance(Duration.ofMinutes(14));
            assertFails(() -> fixture.streams.getRecords(b -> b.shardIterator(read.nextShardIterator())),
                    ExpiredIteratorException.class, "ExpiredIteratorException", EXPIRED);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void recordsOlderThanADayAreTrimmedAndReadingIntoThemFails(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            fixture.put("Events", "old");
            String oldSequence = fixture.readAll(arn).get(0).dynamodb().sequenceNumber();
            fixture.clock.advance(Duration.ofHours(24).minusMinutes(5));
            fixture.put("Events", "young");
            String fromTheOldest = fixture.iterator(arn, ShardIteratorType.TRIM_HORIZON);
            fixture.clock.advance(Duration.ofMinutes(10));

            assertFails(() -> fixture.streams.getRecords(b -> b.shardIterator(fromTheOldest)),
                    TrimmedDataAccessException.class, "TrimmedDataAccessException", TRIMMED);
            assertFails(() -> fixture.iteratorAt(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, oldSequence),
                    TrimmedDataAccessException.class, "TrimmedDataAccessException", TRIMMED);
            assertThat(keys(fixture.readFrom(fixture.iteratorAt(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                    oldSequence)))).containsExactly("young");
            assertThat(keys(fixture.readAll(arn))).as("TRIM_HORIZON now starts after the trimmed record")
                    .containsExactly("young");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void unknownStreamsAndShardsAreNotFound(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            String missing = arn.replace("table/Events", "table/Gone");

            assertFails(() -> fixture.streams.describeStream(b -> b.streamArn(missing)),
                    ResourceNotFoundException.class, "ResourceNotFoundException",
                    "Requested resource not found: Stream: " + missing + " not found");
            assertFails(() -> fixture.streams.getShardIterator(b -> b.streamArn(arn)
                            .shardId("shardId-00000000000000000001-abcdef12")
                            .shardIteratorType(ShardIteratorType.LATEST)), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found: Shard does not exist");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void malformedRequestsGetTheValidationLayersMessages(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String arn = fixture.createTableWithStream("Events", StreamViewType.KEYS_ONLY);
            String shard = fixture.shardId(arn);

            assertInvalid(() -> fixture.streams.describeStream(b -> b.streamArn("arn:short")),
                    "1 validation error detected: Value 'arn:short' at 'streamArn' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 37");
            assertInvalid(() -> fixture.streams.describeStream(b -> b.streamArn(arn).limit(0)),
                    "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                            + "Member must have value greater than or equal to 1");
            assertInvalid(() -> fixture.streams.listStreams(b -> b.limit(101)),
                    "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
                            + "Member must have value less than or equal to 100");
            assertInvalid(() -> fixture.streams.getShardIterator(b -> b.streamArn(arn).shardId("shardId-1")
                            .shardIteratorType("SOMEWHERE")),
                    "2 validation errors detected: Value 'shardId-1' at 'shardId' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 28; Value 'SOMEWHERE' at "
                            + "'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: "
                            + "[TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, AT_TIMESTAMP]");
            assertInvalid(() -> fixture.streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
                            .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).sequenceNumber("12345")),
                    "1 validation error detected: Value '12345' at 'sequenceNumber' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 21");
            assertInvalid(() -> fixture.streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
                            .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)),
                    "SequenceNumber is required when ShardIteratorType is AFTER_SEQUENCE_NUMBER");
            assertInvalid(() -> fixture.streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
                            .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                            .sequenceNumber("999999999999999999999999")),
                    "Invalid SequenceNumber 999999999999999999999999 for shard " + shard);
            assertInvalid(() -> fixture.streams.getRecords(b -> b.shardIterator("not-an-iterator").limit(1001)),
                    "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint: "
                            + "Member must have value less than or equal to 1000");
            assertInvalid(() -> fixture.streams.getRecords(b -> b.shardIterator("not-an-iterator")),
                    "Invalid ShardIterator");
            assertInvalid(() -> fixture.streams.getRecords(b -> b.shardIterator(arn + "|1|%%%")),
                    "Invalid ShardIterator");
        }
    }
}
