package io.ddbworkbench.labs.timeseries;

import java.time.Duration;

/**
 * The names this lab's tables use (given: nothing to do here). Two designs of one sensor log:
 *
 * <pre>
 * Readings:          DeviceId (S, partition key)   Timestamp (S, sort key)   Value (N)   ExpiresAt (N)
 * BucketedReadings:  DeviceDay (S, partition key)  Timestamp (S, sort key)   Value (N)   DeviceId (S)
 * </pre>
 *
 * <p>{@code Timestamp} and {@code Value} are reserved words in DynamoDB's expressions: write them through
 * expression attribute names ({@code #ts}, {@code #value}).
 */
public final class ReadingsTable {
    public static final String DEVICE_ID = "DeviceId";
    /** The reading's instant as fixed-width ISO-8601 text in UTC, to the millisecond: it sorts as time does. */
    public static final String TIMESTAMP = "Timestamp";
    public static final String VALUE = "Value";
    /** When TTL may delete the reading: seconds since the epoch, a number. */
    public static final String EXPIRES_AT = "ExpiresAt";
    /** The partition key of the bucketed table: the device and the reading's day in UTC, {@code d-7#2024-12-20}. */
    public static final String DEVICE_DAY = "DeviceDay";

    /** How long a reading is kept before TTL may delete it. */
    public static final Duration RETENTION = Duration.ofDays(90);

    private ReadingsTable() {
    }
}
