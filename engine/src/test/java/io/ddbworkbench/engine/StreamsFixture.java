package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * An engine on a hand-moved clock, with no background TTL passes (tests sweep when they choose), and both
 * clients through one door: the stream and TTL tests' common ground.
 */
final class StreamsFixture implements AutoCloseable {
    final AdjustableClock clock;
    final DynamoDbEngine engine;
    final DynamoDbClient ddb;
    final DynamoDbStreamsClient streams;

    StreamsFixture(Door door) {
        this(door, Duration.ZERO);
    }

    StreamsFixture(Door door, Duration transientStatusDelay) {
        this(door, new AdjustableClock(), options -> options.transientStatusDelay(transientStatusDelay));
    }

    /** An engine on {@code clock} with further options: a restarted engine can keep the time its data knows. */
    StreamsFixture(Door door, AdjustableClock clock, UnaryOperator<EngineOptions.Builder> options) {
        this.clock = clock;
        engine = DynamoDbEngine.create(options.apply(EngineOptions.builder().clock(clock)
                .timeToLiveSweepInterval(Duration.ZERO)).build());
        ddb = door.client(engine);
        streams = door.streamsClient(engine);
    }

    /** Creates an on-demand table keyed by {@code pk} (S) with a stream, and returns the stream's ARN. */
    String createTableWithStream(String name, StreamViewType viewType) {
        return ddb.createTable(onDemandTable(name)
                        .streamSpecification(s -> s.streamEnabled(true).streamViewType(viewType)).build())
                .tableDescription().latestStreamArn();
    }

    String shardId(String streamArn) {
        return streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
    }

    String iterator(String streamArn, ShardIteratorType type) {
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId(streamArn))
                .shardIteratorType(type)).shardIterator();
    }

    String iteratorAt(String streamArn, ShardIteratorType type, String sequenceNumber) {
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId(streamArn))
                .shardIteratorType(type).sequenceNumber(sequenceNumber)).shardIterator();
    }

    /** Every record from the iterator on, following NextShardIterator until a read comes back empty. */
    List<Record> readFrom(String iterator) {
        List<Record> records = new ArrayList<>();
        String position = iterator;
        while (position != null) {
            String current = position;
            GetRecordsResponse response = streams.getRecords(b -> b.shardIterator(current));
            records.addAll(response.records());
            position = response.records().isEmpty() ? null : response.nextShardIterator();
        }
        return records;
    }

    /** Puts an item holding only its key {@code pk} into the table. */
    void put(String table, String pk) {
        ddb.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS(pk))));
    }

    /** The {@code pk} of each record's item, in order. */
    static List<String> keys(List<Record> records) {
        return records.stream().map(record -> record.dynamodb().keys().get("pk").s()).toList();
    }

    /** Every record still kept in the stream, oldest first. */
    List<Record> readAll(String streamArn) {
        return readFrom(iterator(streamArn, ShardIteratorType.TRIM_HORIZON));
    }

    @Override
    public void close() {
        streams.close();
        ddb.close();
        engine.close();
    }
}
