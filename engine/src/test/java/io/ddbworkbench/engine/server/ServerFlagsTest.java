package io.ddbworkbench.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.durable.CommitSync;
import io.ddbworkbench.engine.durable.DurableStorage;
import io.ddbworkbench.engine.fault.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerFlagsTest {

    @Test
    void withoutFlagsItIsDynamoDbLocalsDefaultsOnLoopback() throws LaunchException {
        ServerSettings settings = ServerFlags.parse();
        EngineOptions options = settings.engineOptions();

        assertThat(settings.port).isEqualTo(8000);
        assertThat(settings.host).isEqualTo("127.0.0.1");
        assertThat(options.transientStatusDelay()).isEqualTo(Duration.ZERO);
        assertThat(options.corsOrigins()).isEmpty();
    }

    @Test
    void dynamoDbLocalScriptsAreAccepted() throws LaunchException {
        ServerSettings settings = ServerFlags.parse("-port", "8001", "-inMemory", "-sharedDb",
                "-delayTransientStatuses", "-cors", "*", "-disableTelemetry");
        EngineOptions options = settings.engineOptions();

        assertThat(settings.port).isEqualTo(8001);
        assertThat(options.transientStatusDelay()).isEqualTo(EngineOptions.SERVICE_LIKE_STATUS_DELAY);
        assertThat(options.corsOrigins()).containsExactly("*");
    }

    @Test
    void theTtlSweepPaceIsSetInSecondsAndZeroTurnsTheBackgroundProcessOff() throws LaunchException {
        assertThat(ServerFlags.parse().engineOptions().timeToLiveSweepInterval())
                .isEqualTo(EngineOptions.DEFAULT_TIME_TO_LIVE_SWEEP_INTERVAL);
        assertThat(ServerFlags.parse("-ttlSweepSeconds", "60").engineOptions().timeToLiveSweepInterval())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(ServerFlags.parse("-ttlSweepSeconds", "0").engineOptions().timeToLiveSweepInterval())
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void corsTakesACommaSeparatedAllowList() throws LaunchException {
        assertThat(ServerFlags.parse("-cors", "http://localhost:3000, http://127.0.0.1:3000,").corsOrigins)
                .containsExactly("http://localhost:3000", "http://127.0.0.1:3000");
    }

    @Test
    void requireCredentialsSplitsAtTheFirstColon() throws LaunchException {
        ServerSettings settings = ServerFlags.parse("-requireCredentials", "AKIDLOCAL:se:cret");

        assertThat(settings.accessKeyId).isEqualTo("AKIDLOCAL");
        assertThat(settings.secretAccessKey).isEqualTo("se:cret");
    }

    @Test
    void throughputSimulationAndInjectedFaultsAreOffUnlessAskedFor() throws LaunchException {
        EngineOptions defaults = ServerFlags.parse().engineOptions();
        assertThat(defaults.simulateProvisionedThroughput()).isFalse();
        assertThat(defaults.faultRates()).isEmpty();

        EngineOptions options = ServerFlags.parse("-simulateThroughput", "-burstSeconds", "10",
                "-faultRate", "transactionConflict=0.25").engineOptions();
        assertThat(options.simulateProvisionedThroughput()).isTrue();
        assertThat(options.burstWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.faultRates()).containsExactly(Map.entry(FaultKind.TRANSACTION_CONFLICT, 0.25));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-help", "--help", "-h"})
    void helpIsAskedForInTheUsualWays(String flag) throws LaunchException {
        assertThat(ServerFlags.parse(flag).help).isTrue();
    }

    @Test
    void theUsageListsEveryFlagWithItsArgument() {
        assertThat(ServerFlags.usage()).contains("-port N", "-host ADDRESS", "-inMemory", "-dbPath DIR", "-fsync",
                "-compactLogMB N", "-sharedDb", "-delayTransientStatuses", "-cors ORIGINS",
                "-requireCredentials ACCESS_KEY:SECRET", "-ttlSweepSeconds N", "-help", "-simulateThroughput",
                "-burstSeconds N",
                "one database for every access key and region");
    }

    private static void assertUsageError(String message, String... args) {
        assertThatThrownBy(() -> ServerFlags.parse(args)).isInstanceOfSatisfying(LaunchException.class,
                e -> assertThat(e.status()).isEqualTo(LaunchException.USAGE)).hasMessage(message);
    }

    @Test
    void badCommandLinesAreUsageErrors() {
        assertUsageError("unknown flag '-prot'", "-prot", "8000");
        assertUsageError("-port needs a value: -port N", "-port");
        assertUsageError("-port needs a number from 0 to 65535, not 'eighty'", "-port", "eighty");
        assertUsageError("-port needs a number from 0 to 65535, not '70000'", "-port", "70000");
        assertUsageError("-cors needs at least one origin, or * for any", "-cors", " , ");
        assertUsageError("-requireCredentials needs ACCESS_KEY:SECRET, e.g. -requireCredentials AKIDLOCAL:s3cr3t",
                "-requireCredentials", "AKIDLOCAL");
        assertUsageError("-requireCredentials needs ACCESS_KEY:SECRET, e.g. -requireCredentials AKIDLOCAL:s3cr3t",
                "-requireCredentials", ":secret");
        assertUsageError("-inMemory and -dbPath cannot be used together: choose one", "-inMemory", "-dbPath", "/tmp/x");
        assertUsageError("-ttlSweepSeconds needs a whole number of seconds, 0 or more, not '-5'",
                "-ttlSweepSeconds", "-5");
        assertUsageError("-ttlSweepSeconds needs a whole number of seconds, 0 or more, not 'often'",
                "-ttlSweepSeconds", "often");
        assertUsageError("-burstSeconds needs a whole number of seconds, 0 or more, not '-1'", "-burstSeconds", "-1");
    }

    @Test
    void dbPathKeepsTablesOnDiskWithOneWritePerCommitUnlessFsyncIsAsked() throws LaunchException {
        EngineOptions options = ServerFlags.parse("-dbPath", "data").engineOptions();
        assertThat(options.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(options.commitSync()).isEqualTo(CommitSync.WRITE);
        assertThat(options.compactLogAfterBytes()).isEqualTo(DurableStorage.DEFAULT_COMPACTION_BYTES);

        EngineOptions tuned = ServerFlags.parse("-dbPath", "data", "-fsync", "-compactLogMB", "8").engineOptions();
        assertThat(tuned.commitSync()).isEqualTo(CommitSync.FSYNC);
        assertThat(tuned.compactLogAfterBytes()).isEqualTo(8L * 1024 * 1024);
    }

    @Test
    void withoutDbPathTablesStayInMemory() throws LaunchException {
        assertThat(ServerFlags.parse("-inMemory").engineOptions().dataDirectory()).isNull();
    }

    @Test
    void diskOptionsWithoutADiskAreUsageErrors() {
        assertUsageError("-fsync only applies to tables kept on disk: add -dbPath DIR", "-fsync");
        assertUsageError("-compactLogMB only applies to tables kept on disk: add -dbPath DIR", "-compactLogMB", "4");
        assertUsageError("-compactLogMB needs a whole number of megabytes from 1 up, not '0'",
                "-dbPath", "d", "-compactLogMB", "0");
        assertUsageError("-compactLogMB needs a whole number of megabytes from 1 up, not 'lots'",
                "-dbPath", "d", "-compactLogMB", "lots");
    }

    @Test
    void batchFaultsAndTheItemCollectionLimitReachTheEngine() throws LaunchException {
        EngineOptions options = ServerFlags.parse("-faultRate", "unprocessedBatchWrite=0.25",
                "-faultRate", "unprocessedBatchGet=1", "-faultSeed", "42", "-itemCollectionLimit", "65536")
                .engineOptions();

        assertThat(options.faultRates()).containsExactlyInAnyOrderEntriesOf(Map.of(
                FaultKind.UNPROCESSED_BATCH_WRITE, 0.25, FaultKind.UNPROCESSED_BATCH_GET, 1.0));
        assertThat(options.faultSeed()).isEqualTo(42);
        assertThat(options.itemCollectionLimitBytes()).isEqualTo(65_536);
        EngineOptions defaults = ServerFlags.parse().engineOptions();
        assertThat(defaults.faultRates()).as("off by default").isEmpty();
        assertThat(defaults.itemCollectionLimitBytes()).isEqualTo(EngineOptions.SERVICE_ITEM_COLLECTION_LIMIT_BYTES);
        assertThat(ServerFlags.usage()).contains("-faultRate KIND=RATE", "-faultSeed N", "-itemCollectionLimit BYTES");
        assertUsageError("-faultRate needs KIND=RATE with KIND one of unprocessedBatchWrite, unprocessedBatchGet,"
                + " transactionConflict and RATE from 0 to 1, e.g. -faultRate unprocessedBatchWrite=0.1; not"
                + " 'unprocessedBatchGet=1.5'", "-faultRate", "unprocessedBatchGet=1.5");
        assertUsageError("-faultSeed needs a whole number of at least 0, not 'x'", "-faultSeed", "x");
        assertUsageError("-itemCollectionLimit needs a number of bytes above 0", "-itemCollectionLimit", "0");
    }

    @Test
    void flagsAreCaseSensitiveAsInDynamoDbLocal() {
        assertUsageError("unknown flag '-inmemory'", "-inmemory");
    }

    @Test
    void gnuStyleSpellingsNameTheSameFlags() throws LaunchException {
        ServerSettings settings = ServerFlags.parse("--require-credentials", "AKIDLOCAL:secret", "--port", "8002",
                "--delay-transient-statuses");

        assertThat(settings.accessKeyId).isEqualTo("AKIDLOCAL");
        assertThat(settings.port).isEqualTo(8002);
        assertThat(settings.engineOptions().transientStatusDelay()).isEqualTo(EngineOptions.SERVICE_LIKE_STATUS_DELAY);
        assertUsageError("unknown flag '--no-such-flag'", "--no-such-flag");
    }
}
