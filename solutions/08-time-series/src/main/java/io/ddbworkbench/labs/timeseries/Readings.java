package io.ddbworkbench.labs.timeseries;

import static io.ddbworkbench.labs.timeseries.ReadingsTable.DEVICE_ID;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.EXPIRES_AT;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.RETENTION;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.TIMESTAMP;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.VALUE;

import io.ddbworkbench.toolkit.query.ResumeToken;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Reference solution of lab 08, the sensor log keyed by device and time: every read is one range of one
 * device's partition, narrowed by the key condition, so DynamoDB reads only what it returns.
 */
public final class Readings {
    /** Fixed width (milliseconds always written) and UTC, so text order is time order. */
    private static final DateTimeFormatter KEY_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final DynamoDbClient ddb;
    private final String tableName;

    public Readings(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /** Step 1: the formatter truncates to milliseconds, the precision {@link Reading} keeps. */
    public static String timestampKey(Instant at) {
        return KEY_FORMAT.format(at);
    }

    /** Step 1: every reading carries its own expiry from the start, so retention needs no clean-up job. */
    public void record(Reading reading) {
        ddb.putItem(request -> request.tableName(tableName).item(Map.of(
                DEVICE_ID, AttributeValue.fromS(reading.deviceId()),
                TIMESTAMP, AttributeValue.fromS(timestampKey(reading.at())),
                VALUE, AttributeValue.fromN(Double.toString(reading.value())),
                EXPIRES_AT, AttributeValue.fromN(Long.toString(reading.at().plus(RETENTION).getEpochSecond())))));
    }

    /** Step 2: the paginator follows LastEvaluatedKey, so a range larger than 1 MB comes back whole. */
    public List<Reading> between(String deviceId, Instant from, Instant to) {
        return ddb.queryPaginator(range(deviceId, from, to).build()).items().stream().map(Reading::from).toList();
    }

    /** Step 3: backwards from the newest timestamp, and DynamoDB stops after n items. */
    public List<Reading> latest(String deviceId, int n) {
        return ddb.query(request -> request.tableName(tableName)
                        .keyConditionExpression("#device = :device")
                        .expressionAttributeNames(Map.of("#device", DEVICE_ID))
                        .expressionAttributeValues(Map.of(":device", AttributeValue.fromS(deviceId)))
                        .scanIndexForward(false)
                        .limit(n))
                .items().stream().map(Reading::from).toList();
    }

    /**
     * Step 4: the server keeps no cursor; the token is the LastEvaluatedKey itself, encoded so that it is safe in
     * a URL, and any instance can turn it back into an ExclusiveStartKey.
     */
    public ReadingPage page(String deviceId, Instant from, Instant to, int pageSize, String pageToken) {
        QueryRequest.Builder request = range(deviceId, from, to).limit(pageSize);
        if (pageToken != null) {
            request.exclusiveStartKey(ResumeToken.decode(pageToken));
        }
        QueryResponse response = ddb.query(request.build());
        Optional<String> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Optional.of(ResumeToken.encode(response.lastEvaluatedKey())) : Optional.empty();
        return new ReadingPage(response.items().stream().map(Reading::from).toList(), next);
    }

    /**
     * Step 7: idempotent, because the service refuses to enable TTL twice and allows one change per table per
     * hour; an application can call this at every start.
     */
    public void enableRetention() {
        TimeToLiveStatus status = ddb.describeTimeToLive(request -> request.tableName(tableName))
                .timeToLiveDescription().timeToLiveStatus();
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
            return;
        }
        ddb.updateTimeToLive(request -> request.tableName(tableName)
                .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName(EXPIRES_AT)));
    }

    private QueryRequest.Builder range(String deviceId, Instant from, Instant to) {
        return QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("#device = :device AND #ts BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#device", DEVICE_ID, "#ts", TIMESTAMP))
                .expressionAttributeValues(Map.of(":device", AttributeValue.fromS(deviceId),
                        ":from", AttributeValue.fromS(timestampKey(from)), ":to", AttributeValue.fromS(timestampKey(to))));
    }
}
