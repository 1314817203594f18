package io.ddbworkbench.labs.streams;

import io.ddbworkbench.labkit.NotDoneYet;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads a table's stream with the low-level DynamoDB Streams API, keeping its place between polls, the way
 * a consumer process does (AWS Lambda and the Kinesis Client Library do the same for you). Steps 1 to 3 of
 * the lab (README.adoc): replace each {@code throw new NotDoneYet(...)}; add the fields you need.
 *
 * <p>The rule of the lab: a stream is a log to follow, not a table to query. Read each shard from where you
 * stopped, in order, and remember where that is.
 */
public final class ChangeFeed {
    private final DynamoDbStreamsClient streams;
    private final String streamArn;

    /**
     * A feed that starts at the oldest record the stream still keeps (24 hours at most).
     *
     * @param streamArn the stream to read, as {@link #enableStream} returns it
     */
    public ChangeFeed(DynamoDbStreamsClient streams, String streamArn) {
        this.streams = streams;
        this.streamArn = streamArn;
    }

    /**
     * Step 1: turns on the table's stream, with both images of every change, and returns the stream's ARN.
     *
     * <p>Read the table with {@code DescribeTable}. If its {@code StreamSpecification} is enabled with the view
     * type {@code NEW_AND_OLD_IMAGES}, return its {@code LatestStreamArn}: the service refuses to enable a
     * stream that is enabled already. If it is enabled with another view type, throw
     * {@link IllegalStateException} naming that view type (a stream's view cannot change while it is on).
     * Otherwise send {@code UpdateTable} with {@code StreamSpecification(streamEnabled = true, streamViewType
     * = NEW_AND_OLD_IMAGES)} and return the {@code LatestStreamArn} of the table description in its response.
     */
    public static String enableStream(DynamoDbClient ddb, String tableName) {
        throw new NotDoneYet("Step 1: turn on the table's stream with NEW_AND_OLD_IMAGES and return its ARN "
                + "(DescribeTable, UpdateTable)");
    }

    /**
     * Step 2: the records written since the previous poll (all the stream keeps, on the first poll), oldest
     * first within each shard; an empty list when nothing changed.
     *
     * <p>{@code DescribeStream} lists the stream's shards (follow {@code LastEvaluatedShardId} while it is set).
     * For a shard seen for the first time, ask {@code GetShardIterator} for a {@code TRIM_HORIZON} iterator.
     * Then call {@code GetRecords} with the shard's iterator, keep its records, and go on with its
     * {@code NextShardIterator} until a call returns no records (or no next iterator: the shard is closed and
     * read to its end). Keep each shard's last iterator for the next poll.
     *
     * <p>Step 3: an iterator expires 15 minutes after it was issued ({@code ExpiredIteratorException}). Keep,
     * per shard, the sequence number of the last record read ({@code record.dynamodb().sequenceNumber()}), and
     * when an iterator has expired, ask for a new one {@code AFTER_SEQUENCE_NUMBER} that sequence number (or
     * {@code TRIM_HORIZON} if nothing was read from the shard yet) and carry on.
     */
    public List<Record> poll() {
        throw new NotDoneYet("Step 2: read every shard from where the last poll stopped (DescribeStream, "
                + "GetShardIterator, GetRecords)");
    }
}
