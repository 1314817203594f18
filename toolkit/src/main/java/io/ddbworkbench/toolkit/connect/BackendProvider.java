package io.ddbworkbench.toolkit.connect;

import java.util.Optional;

/**
 * Opens connections to one {@link Backend}. The toolkit brings the network backends itself; the embedded and
 * container backends live in the testkit (which depends on the engine and on Testcontainers) and are found
 * with {@link java.util.ServiceLoader}, so the toolkit keeps no compile-time dependency on either.
 */
public interface BackendProvider {

    Backend backend();

    /**
     * Why this backend cannot run on this machine (no Docker, say), or empty when it can. Callers skip rather
     * than fail on such a reason; a wrong setting is not a reason but an error thrown by {@link #open}.
     */
    default Optional<String> unavailableReason(Settings settings) {
        return Optional.empty();
    }

    /**
     * Opens a fresh connection.
     *
     * @throws IllegalStateException when the settings are missing or refuse the backend (no endpoint given,
     *                               AWS not allowed)
     */
    Connection open(Settings settings);
}
