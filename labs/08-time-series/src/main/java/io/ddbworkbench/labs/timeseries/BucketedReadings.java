package io.ddbworkbench.labs.timeseries;

import io.ddbworkbench.labkit.NotDoneYet;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The sensor log of chatty devices, bucketed by day: the partition key is the device and the day
 * ({@code d-7#2024-12-20}), so one device's readings spread over one partition per day instead of growing one
 * partition forever, and a day's writes do not pile onto the key of all the device's history. Each method is
 * one step of the lab (README.adoc).
 *
 * <p>The rule of the lab: a reader computes the buckets a range overlaps and reads each one.
 */
public final class BucketedReadings {
    private final DynamoDbClient ddb;
    private final String tableName;

    public BucketedReadings(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /**
     * Step 5: the bucket of a reading, {@code <deviceId>#<yyyy-mm-dd>} with the day of {@code at} in UTC: the
     * same instant must land in the same bucket whatever the time zone of the machine that writes it.
     */
    public static String bucketKey(String deviceId, Instant at) {
        throw new NotDoneYet("Step 5: build the bucket key <deviceId>#<UTC day>");
    }

    /**
     * Step 5: stores a reading in its day's bucket with one {@code PutItem}: {@code DeviceDay}
     * ({@link #bucketKey}), {@code Timestamp} ({@link Readings#timestampKey}), {@code Value} and
     * {@code DeviceId}.
     */
    public void record(Reading reading) {
        throw new NotDoneYet("Step 5: store the reading under its day's bucket (PutItem)");
    }

    /**
     * Step 6: the readings of a device from {@code from} to {@code to}, both included, oldest first, across
     * as many day buckets as the range touches: one {@code Query} per day from the day of {@code from} to the day
     * of {@code to} (UTC), each with {@code Timestamp BETWEEN :from AND :to}, results in day order.
     */
    public List<Reading> between(String deviceId, Instant from, Instant to) {
        throw new NotDoneYet("Step 6: query every day bucket the range touches, in order");
    }
}
