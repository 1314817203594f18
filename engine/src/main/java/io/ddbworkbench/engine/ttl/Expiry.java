package io.ddbworkbench.engine.ttl;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.table.TimeToLiveSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The service's rule for an expired item: its TTL attribute is a top-level Number holding epoch seconds that
 * lie in the past, but not more than five years back. Any other type (a String date, a set, a map) and any
 * older value are ignored, so a timestamp written in milliseconds, or a mistaken small number, never wipes a
 * table.
 */
final class Expiry {
    /** Expiry times further back than this are taken for mistakes and ignored, as the service does. */
    static final Duration IGNORED_BEYOND = Duration.ofDays(5 * 365);

    private Expiry() {
    }

    /** Whether the TTL process would delete this item now under these settings. */
    static boolean isExpired(Item item, TimeToLiveSettings settings, Instant now) {
        return settings.deletesAt(now) && isExpired(item.get(settings.attributeName()), now);
    }

    /** Whether a TTL attribute's value marks its item as expired at {@code now}. */
    private static boolean isExpired(AttributeValue value, Instant now) {
        if (!(value instanceof NumberValue number)) {
            return false;
        }
        BigDecimal expiresAt = number.decimal();
        return expiresAt.compareTo(epochSeconds(now)) < 0
                && expiresAt.compareTo(epochSeconds(now.minus(IGNORED_BEYOND))) >= 0;
    }

    /** An instant as epoch seconds with its fraction, to compare with TTL attribute values. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
    }
}
