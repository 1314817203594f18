package io.ddbworkbench.engine.server;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.console.ConsoleAccess;
import io.ddbworkbench.engine.durable.CommitSync;
import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.engine.protocol.RequestAuthenticator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the command line asked for, with DynamoDB Local's defaults; {@link ServerFlags} fills it in. */
final class ServerSettings {
    int port = 8000;
    String host = "127.0.0.1";
    boolean inMemory;
    Path dbPath;
    boolean fsync;
    Long compactLogMegabytes;
    boolean delayTransientStatuses;
    Duration timeToLiveSweepInterval = EngineOptions.DEFAULT_TIME_TO_LIVE_SWEEP_INTERVAL;
    List<String> corsOrigins = List.of();
    String accessKeyId;
    String secretAccessKey;
    boolean simulateThroughput;
    Duration burstWindow = EngineOptions.SERVICE_BURST_WINDOW;
    final Map<FaultKind, Double> faultRates = new EnumMap<>(FaultKind.class);
    long faultSeed;
    Long itemCollectionLimitBytes;
    boolean console;
    boolean noConsole;
    boolean help;

    /** The engine these settings describe. */
    EngineOptions engineOptions() throws LaunchException {
        EngineOptions.Builder options = EngineOptions.builder().corsOrigins(corsOrigins)
                .timeToLiveSweepInterval(timeToLiveSweepInterval);
        chooseStorage(options);
        if (delayTransientStatuses) {
            options.transientStatusDelay(EngineOptions.SERVICE_LIKE_STATUS_DELAY);
        }
        if (accessKeyId != null) {
            options.authenticator(RequestAuthenticator.requireCredentials(accessKeyId, secretAccessKey));
        }
        options.simulateProvisionedThroughput(simulateThroughput).burstWindow(burstWindow).faultSeed(faultSeed);
        faultRates.forEach(options::faultRate);
        options.console(consoleAccess());
        if (itemCollectionLimitBytes != null) {
            options.itemCollectionLimitBytes(itemCollectionLimitBytes);
        }
        return options.build();
    }

    /**
     * The console shows data without checking signatures, so requiring credentials hides it too, unless the
     * facilitator asks for it.
     */
    private ConsoleAccess consoleAccess() {
        if (noConsole) {
            return ConsoleAccess.OFF;
        }
        if (console) {
            return ConsoleAccess.ON;
        }
        return accessKeyId == null ? ConsoleAccess.LOOPBACK : ConsoleAccess.OFF;
    }

    /** The one place the command line picks the storage: memory unless -dbPath names a directory. */
    private void chooseStorage(EngineOptions.Builder options) {
        if (dbPath != null) {
            options.dataDirectory(dbPath.toAbsolutePath())
                    .commitSync(fsync ? CommitSync.FSYNC : CommitSync.WRITE);
            if (compactLogMegabytes != null) {
                options.compactLogAfterBytes(compactLogMegabytes * ServerFlags.MEGABYTE);
            }
        }
    }
}
