package io.ddbworkbench.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How an engine behaves. Defaults suit tests: instant status changes, the system clock, no injected faults.
 * Build with {@link #builder()}.
 */
public final class EngineOptions {
    /** The background TTL process's default pace. */
    public static final Duration DEFAULT_TIME_TO_LIVE_SWEEP_INTERVAL = Duration.ofSeconds(5);

    private final Clock clock;
    private final Duration transientStatusDelay;
    private final String region;
    private final String accountId;
    private final boolean cors;
    private final Duration timeToLiveSweepInterval;

    private EngineOptions(Builder builder) {
        this.clock = builder.clock;
        this.transientStatusDelay = builder.transientStatusDelay;
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.cors = builder.cors;
        this.timeToLiveSweepInterval = builder.timeToLiveSweepInterval;
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

    /**
     * How often the background TTL process deletes expired items; zero turns it off, leaving only
     * {@link DynamoDbEngine#sweepExpiredItems()}. The service takes up to a few days; a few seconds keep a
     * demo watchable without letting tests depend on the timing.
     */
    public Duration timeToLiveSweepInterval() {
        return timeToLiveSweepInterval;
    }

    public Builder toBuilder() {
        return new Builder()
                .clock(clock)
                .transientStatusDelay(transientStatusDelay)
                .region(region)
                .accountId(accountId)
                .cors(cors)
                .timeToLiveSweepInterval(timeToLiveSweepInterval);
    }

    /** Builder for {@link EngineOptions}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration transientStatusDelay = Duration.ZERO;
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private boolean cors;
        private Duration timeToLiveSweepInterval = DEFAULT_TIME_TO_LIVE_SWEEP_INTERVAL;

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

        public Builder timeToLiveSweepInterval(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("timeToLiveSweepInterval must not be negative: " + value);
            }
            timeToLiveSweepInterval = value;
            return this;
        }

        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
