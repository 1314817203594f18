package io.ddbworkbench.engine.table;

import java.time.Instant;

/**
 * TTL on a table: whether it is on, the attribute holding expiry times, and when it last changed. The status
 * is worked out against the clock rather than stored, so ENABLING and DISABLING turn final on their own once
 * {@code settlesAt} has passed, as table statuses do in {@link Catalog}.
 *
 * @param attributeName the attribute read for expiry times; kept while disabling, dropped once disabled
 * @param changedAt when UpdateTimeToLive last changed it (null if never), for the service's once-an-hour rule
 * @param settlesAt when ENABLING/DISABLING turns into ENABLED/DISABLED (null or past: already settled)
 */
public record TimeToLiveSettings(boolean enabled, String attributeName, Instant changedAt, Instant settlesAt) {

    public static final TimeToLiveSettings DISABLED = new TimeToLiveSettings(false, null, null, null);

    public TimeToLiveStatus status(Instant now) {
        boolean settled = settlesAt == null || !now.isBefore(settlesAt);
        if (enabled) {
            return settled ? TimeToLiveStatus.ENABLED : TimeToLiveStatus.ENABLING;
        }
        return settled ? TimeToLiveStatus.DISABLED : TimeToLiveStatus.DISABLING;
    }

    /** The attribute DescribeTimeToLive names: none once TTL has finished turning off. */
    public String reportedAttribute(Instant now) {
        return status(now) == TimeToLiveStatus.DISABLED ? null : attributeName;
    }

    /** Whether the TTL process deletes expired items now: only once enabling has finished. */
    public boolean deletesAt(Instant now) {
        return status(now) == TimeToLiveStatus.ENABLED;
    }
}
