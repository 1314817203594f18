package io.ddbworkbench.labs.timeseries;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One measurement of a device. Kept to the millisecond, the precision of the stored timestamp, so that a
 * reading read back equals the one written.
 */
public record Reading(String deviceId, Instant at, double value) {
    public Reading {
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Reads an item of either table (both store DeviceId, Timestamp and Value). */
    public static Reading from(Map<String, AttributeValue> item) {
        return new Reading(item.get(ReadingsTable.DEVICE_ID).s(), Instant.parse(item.get(ReadingsTable.TIMESTAMP).s()),
                Double.parseDouble(item.get(ReadingsTable.VALUE).n()));
    }
}
