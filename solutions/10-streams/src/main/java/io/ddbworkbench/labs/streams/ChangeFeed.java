package io.ddbworkbench.labs.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reference solution of lab 10, Steps 1 to 3: a consumer's view of a stream is one position per shard, an
 * iterator to go on from and the sequence number of the last record read, which outlives the iterator.
 */
public final class ChangeFeed {
    private static final StreamViewType VIEW = StreamViewType.NEW_AND_OLD_IMAGES;

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    /** Every shard seen so far, by id, in the order the stream listed them. */
    private final Map<String, ShardPosition> shards = new LinkedHashMap<>();

    public ChangeFeed(DynamoDbStreamsClient streams, String streamArn) {
        this.streams = streams;
        this.streamArn = streamArn;
    }

    /** Step 1: enabling is not idempotent on the service, and a stream's view is fixed while it is on. */
    public static String enableStream(DynamoDbClient ddb, String tableName) {
        TableDescription table = ddb.describeTable(request -> request.tableName(tableName)).table();
        StreamSpecification current = table.streamSpecification();
        if (current != null && Boolean.TRUE.equals(current.streamEnabled())) {
            if (current.streamViewType() != VIEW) {
                throw new IllegalStateException("Table " + tableName + " already streams " + current.streamViewType()
                        + ", which cannot feed the view (it needs " + VIEW + "); disable the stream and enable it "
                        + "again with " + VIEW + ", which starts a new stream");
            }
            return table.latestStreamArn();
        }
        return ddb.updateTable(request -> request.tableName(tableName)
                        .streamSpecification(stream -> stream.streamEnabled(true).streamViewType(VIEW)))
                .tableDescription().latestStreamArn();
    }

    /**
     * Steps 2 and 3: every shard, each from where it stopped. A child shard (the service splits shards and
     * rolls them over every few hours) waits until its parent has been read to its end, so that the records
     * of one item keep their order.
     */
    public List<Record> poll() {
        for (Shard shard : listShards()) {
            shards.computeIfAbsent(shard.shardId(), id -> new ShardPosition(id, shard.parentShardId()));
        }
        List<Record> records = new ArrayList<>();
        for (ShardPosition shard : shards.values()) {
            if (!shard.finished && parentFinished(shard)) {
                shard.readInto(records);
            }
        }
        return records;
    }

    private boolean parentFinished(ShardPosition shard) {
        ShardPosition parent = shard.parentId == null ? null : shards.get(shard.parentId);
        return parent == null || parent.finished;
    }

    private List<Shard> listShards() {
        List<Shard> listed = new ArrayList<>();
        String lastListed = null;
        do {
            String startAfter = lastListed;
            StreamDescription page = streams.describeStream(request -> request.streamArn(streamArn)
                    .exclusiveStartShardId(startAfter)).streamDescription();
            listed.addAll(page.shards());
            lastListed = page.lastEvaluatedShardId();
        } while (lastListed != null);
        return listed;
    }

    /** How far one shard has been read. */
    private final class ShardPosition {
        private final String shardId;
        private final String parentId;
        /** Where the next GetRecords starts; null until the first read. */
        private String iterator;
        /** The last record read, to renew an expired iterator from; null while nothing was read. */
        private String lastSequenceNumber;
        /** A closed shard read to its end: no next iterator. */
        private boolean finished;

        ShardPosition(String shardId, String parentId) {
            this.shardId = shardId;
            this.parentId = parentId;
        }

        /** Reads until the shard has nothing more for now, or has ended. */
        void readInto(List<Record> records) {
            if (iterator == null) {
                iterator = renewedIterator();
            }
            while (true) {
                GetRecordsResponse page;
                try {
                    page = streams.getRecords(request -> request.shardIterator(iterator));
                } catch (ExpiredIteratorException idleTooLong) {
                    iterator = renewedIterator();
                    continue;
                }
                records.addAll(page.records());
                if (!page.records().isEmpty()) {
                    lastSequenceNumber = page.records().get(page.records().size() - 1).dynamodb().sequenceNumber();
                }
                iterator = page.nextShardIterator();
                if (iterator == null) {
                    finished = true;
                    return;
                }
                if (page.records().isEmpty()) {
                    return;
                }
            }
        }

        /** Just after the last record read; the shard's oldest record when none was. */
        private String renewedIterator() {
            GetShardIteratorRequest.Builder request = GetShardIteratorRequest.builder()
                    .streamArn(streamArn).shardId(shardId);
            if (lastSequenceNumber == null) {
                request.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
            } else {
                request.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(lastSequenceNumber);
            }
            return streams.getShardIterator(request.build()).shardIterator();
        }
    }
}
