package io.ddbworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * Streams and TTL in the durable mode: after a restart a consumer finds the same shard and the same records
 * (sequence numbers, event ids, images, the TTL process's authorship), can resume after the last record it
 * read, and sees streams closed before the restart still closed.
 */
class DurableStreamsTest {
    @TempDir
    Path data;

    private final AdjustableClock clock = new AdjustableClock();

    @ParameterizedTest
    @EnumSource(Door.class)
    void streamRecordsAndTtlSettingsComeBackAndAConsumerResumesWhereItStopped(Door door) throws IOException {
        String arn;
        String shardId;
        List<Record> before;
        TimeToLiveDescription ttlBefore;
        try (StreamsFixture first = open(door)) {
            arn = first.createTableWithStream("Events", StreamViewType.NEW_AND_OLD_IMAGES);
            first.ddb.updateTimeToLive(b -> b.tableName("Events")
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl")));
            first.put("Events", "a");
            put(first, "b", "1");
            first.engine.durableStorage().orElseThrow().compact();
            put(first, "b", "2");
            first.ddb.deleteItem(b -> b.tableName("Events").key(Map.of("pk", AttributeValue.fromS("a"))));
            first.ddb.putItem(b -> b.tableName("Events").item(Map.of("pk", AttributeValue.fromS("expired"),
                    "ttl", AttributeValue.fromN(Long.toString(clock.instant().getEpochSecond() - 60)))));
            assertThat(first.engine.sweepExpiredItems()).isEqualTo(1);
            shardId = first.shardId(arn);
            before = first.readAll(arn);
            ttlBefore = first.ddb.describeTimeToLive(b -> b.tableName("Events")).timeToLiveDescription();
        }
        assertThat(before).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.INSERT,
                OperationType.MODIFY, OperationType.REMOVE, OperationType.INSERT, OperationType.REMOVE);
        assertThat(before.get(5).userIdentity()).as("deleted by the TTL process").isNotNull();

        clock.advance(Duration.ofMinutes(1));
        String lastSequence = before.get(before.size() - 1).dynamodb().sequenceNumber();
        try (StreamsFixture second = open(door)) {
            assertThat(second.shardId(arn)).isEqualTo(shardId);
            assertThat(second.readAll(arn)).isEqualTo(before);
            assertThat(second.ddb.describeTimeToLive(b -> b.tableName("Events")).timeToLiveDescription())
                    .isEqualTo(ttlBefore);

            put(second, "c", "3");
            List<Record> resumed = second.readFrom(
                    second.iteratorAt(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, lastSequence));
            assertThat(StreamsFixture.keys(resumed)).containsExactly("c");
            assertThat(resumed.get(0).dynamodb().sequenceNumber()).isGreaterThan(lastSequence);

            second.ddb.updateTable(b -> b.tableName("Events").streamSpecification(s -> s.streamEnabled(false)));
        }

        try (StreamsFixture third = open(door)) {
            assertThat(third.streams.describeStream(b -> b.streamArn(arn)).streamDescription().streamStatus())
                    .isEqualTo(StreamStatus.DISABLED);
            assertThat(StreamsFixture.keys(third.readAll(arn))).containsExactly("a", "b", "b", "a", "expired", "expired", "c");
        }
    }

    private StreamsFixture open(Door door) {
        return new StreamsFixture(door, clock, options -> options.dataDirectory(data));
    }

    private static void put(StreamsFixture fixture, String pk, String value) {
        fixture.ddb.putItem(b -> b.tableName("Events").item(Map.of("pk", AttributeValue.fromS(pk),
                "value", AttributeValue.fromN(value))));
    }
}
