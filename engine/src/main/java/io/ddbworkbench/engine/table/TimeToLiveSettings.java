package io.ddbworkbench.engine.table;

/** TTL on a table: the status the service reports and the attribute holding expiry times. */
public record TimeToLiveSettings(String status, String attributeName) {

    public static final TimeToLiveSettings DISABLED = new TimeToLiveSettings("DISABLED", null);

    public boolean enabled() {
        return "ENABLED".equals(status);
    }
}
