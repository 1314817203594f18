package io.ddbworkbench.engine.ttl;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.table.TimeToLiveSettings;
import io.ddbworkbench.engine.table.TimeToLiveStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The service's rules for UpdateTimeToLive, in its order: a request that would change nothing, or name an
 * attribute other than the active one, is refused first; only then the once-an-hour rule applies. TTL is not
 * idempotent on the service, so these refusals are what scripts that "enable TTL if needed" must handle.
 */
public final class TimeToLiveChange {
    /** After a change, further changes are refused for this long (the documented hour). */
    private static final Duration CHANGE_INTERVAL = Duration.ofHours(1);

    private TimeToLiveChange() {
    }

    /**
     * The settings after turning TTL on or off with {@code attribute}.
     *
     * @param settleDelay how long the new status stays ENABLING/DISABLING before it turns final
     * @throws ApiException the service's ValidationException when the change is refused
     */
    public static TimeToLiveSettings apply(TimeToLiveSettings current, boolean enable, String attribute,
                                           Instant now, Duration settleDelay) {
        TimeToLiveStatus status = current.status(now);
        boolean active = status == TimeToLiveStatus.ENABLING || status == TimeToLiveStatus.ENABLED;
        if (enable && active && attribute.equals(current.attributeName())) {
            throw ApiException.validation("TimeToLive is already enabled");
        }
        if (!enable && !active) {
            throw ApiException.validation("TimeToLive is already disabled");
        }
        if (active && !attribute.equals(current.attributeName())) {
            throw ApiException.validation("TimeToLive is active on a different AttributeName: current AttributeName is "
                    + current.attributeName());
        }
        if (current.changedAt() != null && now.isBefore(current.changedAt().plus(CHANGE_INTERVAL))) {
            throw ApiException.validation("Time to live has been modified multiple times within a fixed interval");
        }
        return new TimeToLiveSettings(enable, attribute, now, now.plus(settleDelay));
    }
}
