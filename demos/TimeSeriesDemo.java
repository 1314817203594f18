///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java

import io.ddbworkbench.toolkit.expression.KeyCondition;
import io.ddbworkbench.toolkit.query.QuerySpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.Workbench;

/**
 * Time series: the original guide's SensorData table (DeviceID, Timestamp) read by time range and newest
 * first; then the bucketed design that puts the day into the partition key, so a chatty device never makes
 * one key hot and old readings leave through TTL, with a range that spans two days read as two queries.
 */
public class TimeSeriesDemo {

    public static void main(String[] args) {
        Demo.main("Time series: ranges by sort key, daily buckets, expiry", TimeSeriesDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        String sensorData = bench.table("SensorData");
        loadReadings(bench, say, sensorData);
        rangeQuery(bench, say, sensorData);
        latestReading(bench, say, sensorData);
        bucketedRange(bench, say);
    }

    static void loadReadings(Workbench bench, Narrator say, String sensorData) {
        say.step("Create SensorData and record a reading every 6 hours from two devices");
        say.why("DeviceID as partition key keeps each device's readings together; an ISO-8601 Timestamp as "
                + "sort key keeps them in time order, so any time range is one contiguous read.");
        bench.ddb().tables().create(TableSpec.builder(sensorData)
                .partitionKey("DeviceID", ScalarAttributeType.S)
                .sortKey("Timestamp", ScalarAttributeType.S)
                .onDemand()
                .build());
        List<Map<String, Object>> readings = new ArrayList<>();
        Instant first = Instant.parse("2024-11-25T00:00:00Z");
        for (int i = 0; i < 120; i++) {
            Instant at = first.plus(Duration.ofHours(6L * i));
            readings.add(Map.of("DeviceID", "device123", "Timestamp", at.toString(), "Temperature", 18 + i % 7));
            readings.add(Map.of("DeviceID", "device456", "Timestamp", at.toString(), "Temperature", 25 - i % 5));
        }
        say.request("CreateTable " + sensorData + " DeviceID (S) + Timestamp (S), PAY_PER_REQUEST; BatchWriteItem "
                + readings.size() + " readings, 2024-11-25 to 2024-12-24");
        say.result(bench.ddb().batchWriter().putAll(sensorData, readings).written() + " readings written");
    }

    static void rangeQuery(Workbench bench, Narrator say, String sensorData) {
        say.step("Readings of device123 from 1 to 20 December 2024");
        say.why("BETWEEN on the sort key reads exactly that slice of the device's collection, both ends "
                + "included.");
        say.request("Query " + sensorData + " DeviceID = \"device123\" AND Timestamp BETWEEN "
                + "\"2024-12-01T00:00:00Z\" AND \"2024-12-20T23:59:59Z\"");
        List<Map<String, AttributeValue>> december = bench.ddb().reads().query(QuerySpec.of(sensorData,
                KeyCondition.partitionKey("DeviceID").eq("device123")
                        .andSortKey("Timestamp").between("2024-12-01T00:00:00Z", "2024-12-20T23:59:59Z")))
                .collect(Collectors.toList());
        say.result(december.size() + " readings, from " + december.get(0).get("Timestamp").s() + " to "
                + december.get(december.size() - 1).get("Timestamp").s());
    }

    static void latestReading(Workbench bench, Narrator say, String sensorData) {
        say.step("The latest reading of device456");
        say.request("Query " + sensorData + " DeviceID = \"device456\", ScanIndexForward=false, Limit=1");
        say.items(bench.ddb().reads().query(QuerySpec.of(sensorData, KeyCondition.partitionKey("DeviceID")
                .eq("device456")).scanForward(false).limit(1)).collect(Collectors.toList()));
    }

    static void bucketedRange(Workbench bench, Narrator say) {
        String readings = bench.table("SensorReadings");
        LocalDate today = LocalDate.ofInstant(bench.clock().instant(), ZoneOffset.UTC);
        Instant dayBefore = today.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        say.step("Daily buckets: one partition key per device and day, readings every 15 minutes");
        say.why("A device that reports every few seconds would make DeviceID a hot key with an ever-growing "
                + "collection. Putting the day into the partition key (DEVICE#d-7#2024-12-20) spreads the writes "
                + "and bounds each collection; ExpiresAt (90 days after the reading) lets TTL drop old days.");
        bench.ddb().tables().create(TableSpec.builder(readings)
                .partitionKey("Bucket", ScalarAttributeType.S)
                .sortKey("Timestamp", ScalarAttributeType.S)
                .timeToLive("ExpiresAt")
                .build());
        List<Map<String, Object>> items = new ArrayList<>();
        for (int quarter = 0; quarter < 2 * 96; quarter++) {
            Instant at = dayBefore.plus(Duration.ofMinutes(15L * quarter));
            items.add(Map.of("Bucket", bucket("d-7", at), "Timestamp", at.toString(), "Temperature", 20 + quarter % 4,
                    "ExpiresAt", at.plus(Duration.ofDays(90)).getEpochSecond()));
        }
        say.request("CreateTable " + readings + " Bucket (S) + Timestamp (S), TTL on ExpiresAt; BatchWriteItem "
                + items.size() + " readings of d-7 over " + today.minusDays(2) + " and " + today.minusDays(1));
        say.result(bench.ddb().batchWriter().putAll(readings, items).written() + " readings written into "
                + items.stream().map(item -> item.get("Bucket")).distinct().count() + " daily buckets");

        Instant from = dayBefore.plus(Duration.ofHours(22));
        Instant to = from.plus(Duration.ofHours(4));
        say.step("Readings of d-7 from 22:00 to 02:00 the next day: two buckets, two queries");
        say.why("A range read touches the buckets it overlaps: one query per day, each a BETWEEN on the sort "
                + "key, results concatenated in bucket order (they could also run in parallel).");
        // tag::bucketed-query[]
        List<Map<String, AttributeValue>> range = new ArrayList<>();
        for (Instant day = from.truncatedTo(ChronoUnit.DAYS); !day.isAfter(to); day = day.plus(Duration.ofDays(1))) {
            QuerySpec oneBucket = QuerySpec.of(readings, KeyCondition.partitionKey("Bucket").eq(bucket("d-7", day))
                    .andSortKey("Timestamp").between(from.toString(), to.toString()));
            say.request("Query " + readings + " Bucket = \"" + bucket("d-7", day) + "\" AND Timestamp BETWEEN \""
                    + from + "\" AND \"" + to + "\"");
            bench.ddb().reads().query(oneBucket).forEach(range::add);
        }
        // end::bucketed-query[]
        say.result(range.size() + " readings, from " + range.get(0).get("Timestamp").s() + " to "
                + range.get(range.size() - 1).get("Timestamp").s());
        say.lines(List.of("first: " + ItemText.of(range.get(0))));
    }

    /** The partition key of a device's readings on the UTC day of {@code at}. */
    static String bucket(String device, Instant at) {
        return "DEVICE#" + device + "#" + LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
