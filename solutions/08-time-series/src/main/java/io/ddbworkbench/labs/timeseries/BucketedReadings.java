package io.ddbworkbench.labs.timeseries;

import static io.ddbworkbench.labs.timeseries.ReadingsTable.DEVICE_DAY;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.DEVICE_ID;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.TIMESTAMP;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.VALUE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reference solution of lab 08, the sensor log bucketed by UTC day: a range is read bucket by bucket, oldest
 * day first, and each bucket's query narrows by time as Step 2 does.
 */
public final class BucketedReadings {
    private final DynamoDbClient ddb;
    private final String tableName;

    public BucketedReadings(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /** Step 5: the UTC day, never the machine's: two writers in two zones must agree on the bucket. */
    public static String bucketKey(String deviceId, Instant at) {
        return bucketKey(deviceId, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    /** Step 5: the item also names its device, so a bucket's items can be read without parsing keys. */
    public void record(Reading reading) {
        ddb.putItem(request -> request.tableName(tableName).item(Map.of(
                DEVICE_DAY, AttributeValue.fromS(bucketKey(reading.deviceId(), reading.at())),
                TIMESTAMP, AttributeValue.fromS(Readings.timestampKey(reading.at())),
                VALUE, AttributeValue.fromN(Double.toString(reading.value())),
                DEVICE_ID, AttributeValue.fromS(reading.deviceId()))));
    }

    /**
     * Step 6: one query per day from the first to the last, in order. Each bucket could be read at the same time
     * (the async client) when latency matters; reading them in day order keeps the result sorted for free.
     */
    public List<Reading> between(String deviceId, Instant from, Instant to) {
        LocalDate lastDay = LocalDate.ofInstant(to, ZoneOffset.UTC);
        return LocalDate.ofInstant(from, ZoneOffset.UTC).datesUntil(lastDay.plusDays(1))
                .flatMap(day -> readBucket(bucketKey(deviceId, day), from, to))
                .toList();
    }

    private Stream<Reading> readBucket(String bucket, Instant from, Instant to) {
        return ddb.queryPaginator(request -> request.tableName(tableName)
                        .keyConditionExpression("#bucket = :bucket AND #ts BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#bucket", DEVICE_DAY, "#ts", TIMESTAMP))
                        .expressionAttributeValues(Map.of(":bucket", AttributeValue.fromS(bucket),
                                ":from", AttributeValue.fromS(Readings.timestampKey(from)),
                                ":to", AttributeValue.fromS(Readings.timestampKey(to)))))
                .items().stream().map(Reading::from);
    }

    private static String bucketKey(String deviceId, LocalDate day) {
        return deviceId + "#" + day;
    }
}
