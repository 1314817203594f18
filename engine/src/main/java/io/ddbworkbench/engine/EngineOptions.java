package io.ddbworkbench.engine;

import io.ddbworkbench.engine.durable.CommitSync;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How an engine behaves. Defaults suit tests: instant status changes, the system clock, no injected faults.
 * Build with {@link #builder()}.
 */
public final class EngineOptions {
    private final Clock clock;
    private final Duration transientStatusDelay;
    private final String region;
    private final String accountId;
    private final boolean cors;
    private final Path dataDirectory;
    private final CommitSync commitSync;

    private EngineOptions(Builder builder) {
        this.clock = builder.clock;
        this.transientStatusDelay = builder.transientStatusDelay;
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.cors = builder.cors;
        this.dataDirectory = builder.dataDirectory;
        this.commitSync = builder.commitSync;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static EngineOptions defaults() {
        return builder().build();
    }

    public Clock clock() {
        return clock;
    }

    /** How long CREATING/UPDATING/DELETING last; zero (the default) makes them instant. */
    public Duration transientStatusDelay() {
        return transientStatusDelay;
    }

    /** The region written into ARNs. */
    public String region() {
        return region;
    }

    /** The account id written into ARNs. */
    public String accountId() {
        return accountId;
    }

    /** Whether browser cross-origin requests are answered (DynamoDB Local's -cors). */
    public boolean cors() {
        return cors;
    }

    /** Where tables are kept across restarts (DynamoDB Local's -dbPath); null keeps them in memory only. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** How far each commit is pushed before it is acknowledged, when a data directory is set. */
    public CommitSync commitSync() {
        return commitSync;
    }

    public Builder toBuilder() {
        return new Builder()
                .clock(clock)
                .transientStatusDelay(transientStatusDelay)
                .region(region)
                .accountId(accountId)
                .cors(cors)
                .dataDirectory(dataDirectory)
                .commitSync(commitSync);
    }

    /** Builder for {@link EngineOptions}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration transientStatusDelay = Duration.ZERO;
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private boolean cors;
        private Path dataDirectory;
        private CommitSync commitSync = CommitSync.WRITE;

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder transientStatusDelay(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("transientStatusDelay must not be negative: " + value);
            }
            transientStatusDelay = value;
            return this;
        }

        public Builder region(String value) {
            region = Objects.requireNonNull(value, "region");
            return this;
        }

        public Builder accountId(String value) {
            accountId = Objects.requireNonNull(value, "accountId");
            return this;
        }

        public Builder cors(boolean value) {
            cors = value;
            return this;
        }

        /** Keeps tables in this directory across restarts; null (the default) keeps them in memory only. */
        public Builder dataDirectory(Path value) {
            dataDirectory = value;
            return this;
        }

        public Builder commitSync(CommitSync value) {
            commitSync = Objects.requireNonNull(value, "commitSync");
            return this;
        }

        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
