package io.ddbworkbench.toolkit.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One region's DynamoDB prices in US dollars.
 *
 * @param recorded when the figures were read from their source, so an estimate can say how old it is
 */
public record RegionPrices(String region,
                           String recorded,
                           BigDecimal readPerMillionRequestUnits,
                           BigDecimal writePerMillionRequestUnits,
                           BigDecimal readCapacityUnitHour,
                           BigDecimal writeCapacityUnitHour,
                           BigDecimal storageGigabyteMonth) {

    public RegionPrices {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(recorded, "recorded");
        requireNotNegative(readPerMillionRequestUnits, "readPerMillionRequestUnits");
        requireNotNegative(writePerMillionRequestUnits, "writePerMillionRequestUnits");
        requireNotNegative(readCapacityUnitHour, "readCapacityUnitHour");
        requireNotNegative(writeCapacityUnitHour, "writeCapacityUnitHour");
        requireNotNegative(storageGigabyteMonth, "storageGigabyteMonth");
    }

    private static void requireNotNegative(BigDecimal price, String name) {
        if (Objects.requireNonNull(price, name).signum() < 0) {
            throw new IllegalArgumentException(name + " cannot be negative: " + price);
        }
    }
}
