package io.ddbworkbench.labs.timeseries;

import static io.ddbworkbench.labs.timeseries.ReadingsFixture.CHATTY;
import static io.ddbworkbench.labs.timeseries.ReadingsFixture.GAPPY;
import static io.ddbworkbench.labs.timeseries.ReadingsFixture.HOURLY;
import static io.ddbworkbench.labs.timeseries.ReadingsFixture.SPIKE;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.DEVICE_DAY;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.DEVICE_ID;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.EXPIRES_AT;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.RETENTION;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.TIMESTAMP;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.TableNamespace;
import io.ddbworkbench.testkit.TestClock;
import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Lab 08: the specification of {@link Readings} and {@link BucketedReadings}, one step at a time. The sensor
 * log the reading steps use is written by {@link ReadingsFixture} directly; the writing steps use their own
 * devices, so every step passes or fails on its own.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 08: time series")
class ReadingsTest {
    private static final Instant DEC_20 = Instant.parse("2024-12-20T00:00:00Z");

    private final DynamoDbClient ddb;
    private final TableNamespace tables;
    private final String readingsTable;
    private final String bucketedTable;
    private final ReadingsFixture fixture;

    ReadingsTest(DynamoDbClient ddb, TableNamespace tables) {
        this.ddb = ddb;
        this.tables = tables;
        this.readingsTable = tables.table("Readings");
        this.bucketedTable = tables.table("BucketedReadings");
        this.fixture = new ReadingsFixture(ddb, readingsTable, bucketedTable);
    }

    @BeforeAll
    void fillTheLog() {
        fixture.createAndFill();
    }

    // ---- Step 1: keys that sort as time -------------------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: writes timestamps as fixed-width UTC text with milliseconds, which sorts as time does")
    void writesSortableTimestamps() {
        List<Instant> inTimeOrder = List.of(Instant.parse("2024-12-20T09:05:03.250Z"),
                Instant.parse("2024-12-20T10:15:00Z"), Instant.parse("2024-12-20T10:15:00.500Z"),
                Instant.parse("2024-12-20T10:15:01Z"), Instant.parse("2025-01-01T00:00:00Z"));

        List<String> keys = inTimeOrder.stream().map(Readings::timestampKey).toList();

        assertThat(keys).as("the keys of five instants. Instant.toString() writes 10:15:00 as \"10:15:00Z\" and "
                + "half a second later as \"10:15:00.500Z\", which sorts BEFORE it ('.' < 'Z'); always write the "
                + "milliseconds (pattern uuuu-MM-dd'T'HH:mm:ss.SSS'Z' in UTC)")
                .containsExactly("2024-12-20T09:05:03.250Z", "2024-12-20T10:15:00.000Z", "2024-12-20T10:15:00.500Z",
                        "2024-12-20T10:15:01.000Z", "2025-01-01T00:00:00.000Z");
        assertThat(Readings.timestampKey(Instant.parse("2024-12-20T10:15:00.123456789Z")))
                .as("an instant with nanoseconds keeps the milliseconds only").isEqualTo("2024-12-20T10:15:00.123Z");
    }

    @Test
    @Order(12)
    @DisplayName("Step 1: records a reading under its device and timestamp, with its value and its expiry time")
    void recordsAReading() {
        Instant at = Instant.parse("2024-12-20T10:15:00.500Z");
        RequestLog log = RequestLog.around(ddb);

        new Readings(log.client(), readingsTable).record(new Reading("d-1", at, 21.5));

        Map<String, AttributeValue> item = ddb.getItem(request -> request.tableName(readingsTable).consistentRead(true)
                .key(Map.of(DEVICE_ID, s("d-1"), TIMESTAMP, s("2024-12-20T10:15:00.500Z")))).item();
        assertThat(item).as("the item with key (d-1, 2024-12-20T10:15:00.500Z)").containsEntry(VALUE, n("21.5"));
        assertThat(item).as("ExpiresAt: the reading's instant plus 90 days, in whole seconds since the epoch, as a "
                + "number (TTL ignores milliseconds, strings and dates)")
                .containsEntry(EXPIRES_AT, n(Long.toString(at.plus(RETENTION).getEpochSecond())));
        assertThat(log.operations()).containsExactly("PutItem");
    }

    // ---- Step 2: time ranges ------------------------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: reads two hours of a device, both ends included, oldest first")
    void readsARange() {
        Instant from = Instant.parse("2024-12-20T10:00:00Z");
        Instant to = Instant.parse("2024-12-20T12:00:00Z");

        List<Reading> range = new Readings(ddb, readingsTable).between(CHATTY, from, to);

        assertThat(range).as("d-7 from 10:00 to 12:00: nine readings, 10:00 and 12:00 included. Not the spike at "
                + "12:00:00.500: a bound written as \"...12:00:00Z\" sorts after \"...12:00:00.500Z\"; write bounds "
                + "with timestampKey too").containsExactlyElementsOf(fixture.between(CHATTY, from, to));
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: narrows with a BETWEEN key condition, not a filter, and follows every page")
    void narrowsWithTheKeyCondition() {
        RequestLog log = RequestLog.around(ddb);

        List<Reading> everything = new Readings(log.client(), readingsTable).between(CHATTY,
                Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2024-12-31T00:00:00Z"));

        assertThat(everything).as("all of d-7's readings in December: 290").containsExactlyElementsOf(fixture.of(CHATTY));
        assertThat(log.operations()).as("Query only: a Scan reads every device's readings").containsOnly("Query");
        QueryRequest query = log.requests(QueryRequest.class).get(0);
        assertThat(query.keyConditionExpression()).as("the time range belongs in the key condition: "
                + "DeviceId = :device AND Timestamp BETWEEN :from AND :to").containsIgnoringCase("between");
        assertThat(query.filterExpression()).as("no FilterExpression: a filter runs after the read, so DynamoDB "
                + "would read (and bill) the device's whole history to return a few hours").isNull();
    }

    // ---- Step 3: newest first -----------------------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: reads the 5 newest readings, newest first, with one Query and a Limit")
    void readsTheNewest() {
        RequestLog log = RequestLog.around(ddb);

        List<Reading> latest = new Readings(log.client(), readingsTable).latest(CHATTY, 5);

        List<Reading> newestFirst = new ArrayList<>(fixture.of(CHATTY));
        Collections.reverse(newestFirst);
        assertThat(latest).as("d-7's five newest readings, 2024-12-22T00:00 first")
                .containsExactlyElementsOf(newestFirst.subList(0, 5));
        assertThat(log.operations()).containsExactly("Query");
        QueryRequest query = log.requests(QueryRequest.class).get(0);
        assertThat(query.scanIndexForward()).as("ScanIndexForward = false reads the partition from the newest "
                + "timestamp down").isFalse();
        assertThat(query.limit()).as("Limit = 5: DynamoDB stops after five items; reading all and keeping five "
                + "reads the device's whole history").isEqualTo(5);
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: returns what there is for a quiet device, and nothing for an unknown one")
    void latestOfQuietDevices() {
        Readings readings = new Readings(ddb, readingsTable);

        List<Reading> hourly = readings.latest(HOURLY, 100);

        List<Reading> newestFirst = new ArrayList<>(fixture.of(HOURLY));
        Collections.reverse(newestFirst);
        assertThat(hourly).as("d-9 has 24 readings; asking for 100 returns those 24, newest first")
                .containsExactlyElementsOf(newestFirst);
        assertThat(readings.latest("d-unknown", 3)).as("a device that never reported").isEmpty();
    }

    // ---- Step 4: pages and resume tokens ------------------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: pages through five hours 10 readings at a time, each reading exactly once, in order")
    void pagesThroughARange() {
        Instant from = DEC_20;
        Instant to = DEC_20.plus(Duration.ofHours(5));
        RequestLog log = RequestLog.around(ddb);
        Readings readings = new Readings(log.client(), readingsTable);

        List<Reading> seen = new ArrayList<>();
        List<ReadingPage> pages = new ArrayList<>();
        String token = null;
        do {
            ReadingPage page = readings.page(CHATTY, from, to, 10, token);
            pages.add(page);
            seen.addAll(page.readings());
            token = page.nextPageToken().orElse(null);
        } while (token != null && pages.size() < 10);

        assertThat(seen).as("every reading of d-7 from 00:00 to 05:00 (21), once each, oldest first")
                .containsExactlyElementsOf(fixture.between(CHATTY, from, to));
        assertThat(pages).as("pages of at most 10 readings; the last page has no token (DynamoDB may need one more, "
                + "empty page to be sure it is the end)").hasSizeBetween(3, 4)
                .allSatisfy(page -> assertThat(page.readings()).hasSizeLessThanOrEqualTo(10));
        List<QueryRequest> queries = log.requests(QueryRequest.class);
        assertThat(queries).as("one Query per page, each with Limit 10")
                .allSatisfy(query -> assertThat(query.limit()).isEqualTo(10));
        assertThat(queries.subList(1, queries.size())).as("every page after the first starts where the last one "
                + "ended: ExclusiveStartKey, rebuilt from the token").allSatisfy(query ->
                assertThat(query.exclusiveStartKey()).isNotEmpty());
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: hands out a URL-safe token that resumes on another instance, as often as asked")
    void resumesFromAToken() {
        Instant from = DEC_20;
        Instant to = DEC_20.plus(Duration.ofHours(5));
        ReadingPage first = new Readings(ddb, readingsTable).page(CHATTY, from, to, 10, null);
        String token = first.nextPageToken().orElse(null);

        assertThat(token).as("the first of three pages needs a token for the next").isNotNull();
        assertThat(token).as("the token travels in a URL (?page=...): letters, digits, '-' and '_' only. Encode "
                + "the LastEvaluatedKey (the toolkit's ResumeToken does), do not paste its toString()")
                .matches("[A-Za-z0-9_-]+");
        ReadingPage second = new Readings(ddb, readingsTable).page(CHATTY, from, to, 10, token);
        ReadingPage again = new Readings(ddb, readingsTable).page(CHATTY, from, to, 10, token);
        assertThat(second.readings()).as("the second page, read by a new Readings (another server) from the token "
                + "alone: readings 11 to 20").containsExactlyElementsOf(fixture.between(CHATTY, from, to).subList(10, 20));
        assertThat(again).as("the same token again gives the same page: nothing is kept on the server")
                .isEqualTo(second);
    }

    // ---- Step 5: day buckets ------------------------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: names a reading's bucket by its device and its day in UTC, whatever the machine's time zone")
    void bucketsByUtcDay() {
        TimeZone machineZone = TimeZone.getDefault();
        List<String> buckets;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            buckets = List.of(BucketedReadings.bucketKey("d-7", Instant.parse("2024-12-20T10:00:00Z")),
                    BucketedReadings.bucketKey("d-7", Instant.parse("2024-12-20T23:59:59.999Z")),
                    BucketedReadings.bucketKey("d-7", Instant.parse("2024-12-21T00:00:00Z")));
        } finally {
            TimeZone.setDefault(machineZone);
        }

        assertThat(buckets).as("buckets of 10:00 and 23:59:59.999 on 2024-12-20 and of midnight after, UTC, on a "
                + "machine 14 hours ahead of UTC: the local date (LocalDate.now(), ZoneId.systemDefault()) files "
                + "10:00 UTC under the 21st; use ZoneOffset.UTC")
                .containsExactly("d-7#2024-12-20", "d-7#2024-12-20", "d-7#2024-12-21");
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: records readings either side of midnight into two day buckets")
    void recordsIntoDayBuckets() {
        BucketedReadings log = new BucketedReadings(ddb, bucketedTable);

        log.record(new Reading("d-3", Instant.parse("2024-12-20T23:59:00Z"), 4.5));
        log.record(new Reading("d-3", Instant.parse("2024-12-21T00:01:00Z"), 5.5));

        assertThat(bucketed("d-3#2024-12-20", "2024-12-20T23:59:00.000Z")).as("the reading of 23:59 in the bucket "
                + "d-3#2024-12-20").containsEntry(VALUE, n("4.5")).containsEntry(DEVICE_ID, s("d-3"));
        assertThat(bucketed("d-3#2024-12-21", "2024-12-21T00:01:00.000Z")).as("the reading of 00:01 in the next "
                + "day's bucket").containsEntry(VALUE, n("5.5")).containsEntry(DEVICE_ID, s("d-3"));
    }

    // ---- Step 6: reading across buckets -------------------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: reads a range across three days with one Query per day bucket, in time order")
    void readsAcrossBuckets() {
        Instant from = Instant.parse("2024-12-19T22:00:00Z");
        Instant to = Instant.parse("2024-12-21T02:00:00Z");
        RequestLog log = RequestLog.around(ddb);

        List<Reading> range = new BucketedReadings(log.client(), bucketedTable).between(CHATTY, from, to);

        assertThat(range).as("d-7 from 22:00 on the 19th to 02:00 on the 21st, oldest first")
                .containsExactlyElementsOf(fixture.between(CHATTY, from, to));
        assertThat(log.operations()).as("a Query per bucket the range touches: the 19th, 20th and 21st")
                .containsExactly("Query", "Query", "Query");
        assertThat(log.requests(QueryRequest.class))
                .as("the buckets asked for, in day order; each query also narrows by Timestamp, so the first "
                        + "reads only from 22:00 and the last only up to 02:00")
                .extracting(query -> query.expressionAttributeValues().values().stream().map(AttributeValue::s)
                        .filter(value -> value.startsWith(CHATTY + "#")).findFirst().orElse("(no bucket)"))
                .containsExactly("d-7#2024-12-19", "d-7#2024-12-20", "d-7#2024-12-21");
        assertThat(log.requests(QueryRequest.class)).allSatisfy(query ->
                assertThat(query.keyConditionExpression()).containsIgnoringCase("between"));
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: reads a range inside one day with one Query, and steps over a silent day")
    void readsOneBucketOrAGap() {
        RequestLog log = RequestLog.around(ddb);
        BucketedReadings readings = new BucketedReadings(log.client(), bucketedTable);
        Instant tenAm = Instant.parse("2024-12-20T10:00:00Z");
        Instant noon = Instant.parse("2024-12-20T12:00:00Z");

        List<Reading> twoHours = readings.between(CHATTY, tenAm, noon);
        int queriesForOneDay = log.requests(QueryRequest.class).size();
        List<Reading> gappy = readings.between(GAPPY, Instant.parse("2024-12-19T00:00:00Z"),
                Instant.parse("2024-12-21T23:59:59.999Z"));

        assertThat(twoHours).as("d-7 from 10:00 to 12:00 on the 20th (not the spike at %s)", SPIKE)
                .containsExactlyElementsOf(fixture.between(CHATTY, tenAm, noon));
        assertThat(queriesForOneDay).as("Query requests for a range inside one day").isEqualTo(1);
        assertThat(gappy).as("d-5 was silent on the 20th: its readings of the 19th and the 21st")
                .containsExactlyElementsOf(fixture.of(GAPPY));
    }

    // ---- Step 7: retention with TTL -----------------------------------------------------------------------

    @Test
    @Order(71)
    @DisplayName("Step 7: enables TTL on ExpiresAt, and a second call at the next start changes nothing")
    void enablesRetentionOnce() {
        String table = tables.table("ReadingsStep7");
        createReadingsTable(table);
        Readings readings = new Readings(ddb, table);

        readings.enableRetention();
        readings.enableRetention();

        TimeToLiveDescription ttl = ddb.describeTimeToLive(request -> request.tableName(table))
                .timeToLiveDescription();
        assertThat(ttl.attributeName()).as("the TTL attribute: the one record() writes").isEqualTo(EXPIRES_AT);
        assertThat(ttl.timeToLiveStatus()).as("TTL status after two calls (a second UpdateTimeToLive is refused "
                + "with \"TimeToLive is already enabled\": ask DescribeTimeToLive first)")
                .isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
    }

    @Test
    @Order(72)
    @DisplayName("Step 7: lets DynamoDB delete readings older than 90 days, keeping the recent ones")
    void deletesReadingsPastRetention(DynamoDbEngine engine, TestClock clock) {
        String table = tables.table("ReadingsStep7Sweep");
        createReadingsTable(table);
        Instant now = clock.instant();
        Reading old = new Reading("d-1", now.minus(Duration.ofDays(89)), 1);
        Reading recent = new Reading("d-1", now.minus(Duration.ofDays(1)), 2);
        for (Reading reading : List.of(old, recent)) {
            ddb.putItem(request -> request.tableName(table).item(Map.of(DEVICE_ID, s(reading.deviceId()),
                    TIMESTAMP, s(reading.at().toString()), VALUE, n(Double.toString(reading.value())),
                    EXPIRES_AT, n(Long.toString(reading.at().plus(RETENTION).getEpochSecond())))));
        }

        new Readings(ddb, table).enableRetention();
        clock.advance(Duration.ofDays(2));
        engine.sweepExpiredItems();

        List<Double> left = ddb.query(request -> request.tableName(table).consistentRead(true)
                        .keyConditionExpression("#device = :device").expressionAttributeNames(Map.of("#device", DEVICE_ID))
                        .expressionAttributeValues(Map.of(":device", s("d-1")))).items().stream()
                .map(item -> Double.parseDouble(item.get(VALUE).n())).toList();
        assertThat(left).as("d-1's readings two days later: the one from 91 days ago is past its ExpiresAt and "
                + "TTL deleted it (the engine's sweep runs at once; the service takes up to a few days)")
                .containsExactly(2.0);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private void createReadingsTable(String table) {
        new TableAdmin(ddb).create(TableSpec.builder(table).partitionKey(DEVICE_ID, ScalarAttributeType.S)
                .sortKey(TIMESTAMP, ScalarAttributeType.S).onDemand().build());
    }

    private Map<String, AttributeValue> bucketed(String deviceDay, String timestamp) {
        return ddb.getItem(request -> request.tableName(bucketedTable).consistentRead(true)
                .key(Map.of(DEVICE_DAY, s(deviceDay), TIMESTAMP, s(timestamp)))).item();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
