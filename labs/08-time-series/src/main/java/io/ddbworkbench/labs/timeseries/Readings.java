package io.ddbworkbench.labs.timeseries;

import io.ddbworkbench.labkit.NotDoneYet;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A sensor log: readings keyed by device (partition key) and timestamp (sort key), so that every question,
 * "what did device d-7 measure between two instants?", is one range of one partition. Each method is one step
 * of the lab (README.adoc): replace its {@code throw new NotDoneYet(...)} with DynamoDB calls through
 * {@link #ddb}. Names are the constants of {@link ReadingsTable}; {@link Reading#from} reads an item.
 *
 * <p>The rule of the lab: time goes in the sort key, in a form that sorts as time does, and every read names
 * its time range in the key condition.
 */
public final class Readings {
    private final DynamoDbClient ddb;
    private final String tableName;

    public Readings(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /**
     * Step 1: the sort key of a reading: the instant in UTC as fixed-width ISO-8601 text with milliseconds,
     * {@code 2024-12-20T10:15:00.000Z}. Not {@code Instant.toString()}, which leaves out zero seconds and
     * milliseconds and so writes instants in different lengths that do not sort as time.
     */
    public static String timestampKey(Instant at) {
        throw new NotDoneYet("Step 1: write the instant as fixed-width UTC text that sorts as time does");
    }

    /**
     * Step 1: stores a reading with one {@code PutItem}: {@code DeviceId}, {@code Timestamp}
     * ({@link #timestampKey}), {@code Value} (a number) and {@code ExpiresAt}, the reading's instant plus
     * {@link ReadingsTable#RETENTION} in seconds since the epoch (a number, for Step 7's TTL).
     */
    public void record(Reading reading) {
        throw new NotDoneYet("Step 1: store the reading under DeviceId and Timestamp, with its ExpiresAt (PutItem)");
    }

    /**
     * Step 2: the readings of a device from {@code from} to {@code to}, both included, oldest first.
     *
     * <p>A {@code Query} with the key condition {@code DeviceId = :device AND Timestamp BETWEEN :from AND :to},
     * the bounds written with {@link #timestampKey}; follow every page ({@code queryPaginator}).
     */
    public List<Reading> between(String deviceId, Instant from, Instant to) {
        throw new NotDoneYet("Step 2: read a time range with a BETWEEN key condition (Query)");
    }

    /**
     * Step 3: the {@code n} newest readings of a device, newest first: one {@code Query} of the device's
     * partition with {@code ScanIndexForward = false} and {@code Limit = n}.
     */
    public List<Reading> latest(String deviceId, int n) {
        throw new NotDoneYet("Step 3: read the newest n readings (Query backwards with a Limit)");
    }

    /**
     * Step 4: one page of at most {@code pageSize} readings of a range, oldest first, for a client that pages.
     *
     * <p>A {@code Query} as in Step 2 with {@code Limit = pageSize}, starting after the page the token names
     * ({@code ExclusiveStartKey}). The response's {@code LastEvaluatedKey}, if any, becomes the next page's token:
     * an opaque string that is safe in a URL, from which the next call (maybe on another server) can rebuild the
     * key. The toolkit's {@code ResumeToken.encode/decode} does that.
     *
     * @param pageToken null for the first page, else the token of the page before
     */
    public ReadingPage page(String deviceId, Instant from, Instant to, int pageSize, String pageToken) {
        throw new NotDoneYet("Step 4: read one page and hand back LastEvaluatedKey as a resume token");
    }

    /**
     * Step 7: turns on time to live for the table on {@code ExpiresAt}, so DynamoDB deletes readings once
     * they are older than {@link ReadingsTable#RETENTION}, at no write cost.
     *
     * <p>{@code UpdateTimeToLive} with {@code TimeToLiveSpecification(enabled, ExpiresAt)}. Safe to call at every
     * start of the application: first {@code DescribeTimeToLive}, and do nothing when TTL is already
     * {@code ENABLED} or {@code ENABLING} (asking again is refused with a {@code ValidationException}).
     */
    public void enableRetention() {
        throw new NotDoneYet("Step 7: enable TTL on ExpiresAt, once (DescribeTimeToLive, UpdateTimeToLive)");
    }
}
