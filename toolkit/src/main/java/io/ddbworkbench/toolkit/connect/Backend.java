package io.ddbworkbench.toolkit.connect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which DynamoDB the clients talk to. One switch ({@code DDB_BACKEND} or {@code -Dddb.backend}) reaches tests,
 * labs and demos alike, so the same code can be proven locally and then against the real service.
 */
public enum Backend {
    /** The workbench engine inside this JVM: no socket, no Docker, no account. The default. */
    EMBEDDED,
    /** The official DynamoDB Local image, started with Testcontainers; needs Docker. */
    CONTAINER,
    /** Any DynamoDB-compatible URL given in {@code DDB_ENDPOINT}. */
    ENDPOINT,
    /** The real service through the default credentials chain; only when {@code DDB_ALLOW_AWS=true}. */
    AWS;

    /** The setting that selects the backend. */
    public static final String SETTING = "ddb.backend";

    /** Reads the switch; unset means {@link #EMBEDDED}. */
    public static Backend selected(Settings settings) {
        return settings.get(SETTING).map(Backend::parse).orElse(EMBEDDED);
    }

    /** Accepts the lower-case names users type ({@code embedded}, {@code container}, ...), in any case. */
    public static Backend parse(String value) {
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(backend -> backend.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown DynamoDB backend '" + value + "' in "
                        + Settings.environmentName(SETTING) + " / -D" + SETTING + "; choose one of "
                        + Arrays.stream(values()).map(Backend::settingValue).collect(Collectors.joining(", "))));
    }

    /** The value to write in {@code DDB_BACKEND} to select this backend. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
