package io.ddbworkbench.labs.timeseries;

import static io.ddbworkbench.labs.timeseries.ReadingsTable.DEVICE_DAY;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.DEVICE_ID;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.TIMESTAMP;
import static io.ddbworkbench.labs.timeseries.ReadingsTable.VALUE;

import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The sensor log the reading steps use, written straight through the client (never through the code under
 * test, so every step can pass on its own), in both designs: d-7 reports every 15 minutes for three days plus
 * one spike half a second after noon on 2024-12-20; d-9 reports hourly on 2024-12-20; d-5 (bucketed table only)
 * reports on 2024-12-19 and 2024-12-21 and was silent in between.
 */
final class ReadingsFixture {
    static final String CHATTY = "d-7";
    static final String HOURLY = "d-9";
    static final String GAPPY = "d-5";
    static final Instant SPIKE = Instant.parse("2024-12-20T12:00:00.500Z");

    /** How the fixture writes timestamps: the format the lab asks for, so both halves read the same keys. */
    private static final DateTimeFormatter KEY_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final DynamoDbClient ddb;
    private final String readingsTable;
    private final String bucketedTable;
    private final List<Reading> readings = new ArrayList<>();
    private final List<Reading> bucketedOnly = new ArrayList<>();

    ReadingsFixture(DynamoDbClient ddb, String readingsTable, String bucketedTable) {
        this.ddb = ddb;
        this.readingsTable = readingsTable;
        this.bucketedTable = bucketedTable;
    }

    void createAndFill() {
        TableAdmin admin = new TableAdmin(ddb);
        admin.create(TableSpec.builder(readingsTable).partitionKey(DEVICE_ID, ScalarAttributeType.S)
                .sortKey(TIMESTAMP, ScalarAttributeType.S).onDemand().build());
        admin.create(TableSpec.builder(bucketedTable).partitionKey(DEVICE_DAY, ScalarAttributeType.S)
                .sortKey(TIMESTAMP, ScalarAttributeType.S).onDemand().build());
        Instant start = Instant.parse("2024-12-19T00:00:00Z");
        for (int i = 0; i <= 3 * 96; i++) {
            readings.add(new Reading(CHATTY, start.plus(Duration.ofMinutes(15L * i)), 18 + (i % 48) * 0.25));
        }
        readings.add(new Reading(CHATTY, SPIKE, 99.5));
        for (int hour = 0; hour < 24; hour++) {
            readings.add(new Reading(HOURLY, Instant.parse("2024-12-20T00:00:00Z").plus(Duration.ofHours(hour)),
                    1000 + hour));
        }
        for (String day : List.of("2024-12-19", "2024-12-21")) {
            for (int hour = 0; hour < 24; hour += 6) {
                bucketedOnly.add(new Reading(GAPPY, Instant.parse(day + "T00:00:00Z").plus(Duration.ofHours(hour)),
                        -hour));
            }
        }
        for (Reading reading : readings) {
            ddb.putItem(request -> request.tableName(readingsTable).item(item(reading)));
        }
        for (Reading reading : all()) {
            Map<String, AttributeValue> item = new HashMap<>(item(reading));
            item.put(DEVICE_DAY, AttributeValue.fromS(reading.deviceId() + "#" + DAY_FORMAT.format(reading.at())));
            ddb.putItem(request -> request.tableName(bucketedTable).item(item));
        }
    }

    /** What a device reported from {@code from} to {@code to}, both included, oldest first (either table). */
    List<Reading> between(String deviceId, Instant from, Instant to) {
        return all().stream()
                .filter(reading -> reading.deviceId().equals(deviceId))
                .filter(reading -> !reading.at().isBefore(from) && !reading.at().isAfter(to))
                .sorted(Comparator.comparing(Reading::at))
                .toList();
    }

    /** Every reading of a device, oldest first. */
    List<Reading> of(String deviceId) {
        return between(deviceId, Instant.MIN, Instant.MAX);
    }

    private List<Reading> all() {
        List<Reading> all = new ArrayList<>(readings);
        all.addAll(bucketedOnly);
        return all;
    }

    private static Map<String, AttributeValue> item(Reading reading) {
        return Map.of(DEVICE_ID, AttributeValue.fromS(reading.deviceId()),
                TIMESTAMP, AttributeValue.fromS(KEY_FORMAT.format(reading.at())),
                VALUE, AttributeValue.fromN(Double.toString(reading.value())));
    }
}
