package io.ddbworkbench.engine;

import io.ddbworkbench.engine.console.ConsoleAccess;
import io.ddbworkbench.engine.durable.CommitSync;
import io.ddbworkbench.engine.durable.DurableStorage;
import io.ddbworkbench.engine.fault.FaultInjector;
import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.engine.protocol.RequestAuthenticator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an engine behaves. Defaults suit tests: instant status changes, the system clock, no injected faults,
 * no throttling, any credentials accepted, no cross-origin access. Build with {@link #builder()}.
 */
public final class EngineOptions {
    /** Roughly how long the service keeps a new or changed table in a transient status. */
    public static final Duration SERVICE_LIKE_STATUS_DELAY = Duration.ofSeconds(5);
    /** How much unused capacity the service keeps for bursts: five minutes' worth. */
    public static final Duration SERVICE_BURST_WINDOW = Duration.ofSeconds(300);
    /** The service's limit on an item collection (a partition of a table with local indexes): 10 GB. */
    public static final long SERVICE_ITEM_COLLECTION_LIMIT_BYTES = 10L * 1024 * 1024 * 1024;

    /** The background TTL process's default pace. */
    public static final Duration DEFAULT_TIME_TO_LIVE_SWEEP_INTERVAL = Duration.ofSeconds(5);

    private final Clock clock;
    private final Duration transientStatusDelay;
    private final String region;
    private final String accountId;
    private final List<String> corsOrigins;
    private final RequestAuthenticator authenticator;
    private final Duration clientStallTimeout;
    private final Path dataDirectory;
    private final CommitSync commitSync;
    private final long compactLogAfterBytes;
    private final boolean simulateProvisionedThroughput;
    private final Duration burstWindow;
    private final Map<FaultKind, Double> faultRates;
    private final long faultSeed;
    private final long itemCollectionLimitBytes;
    private final Duration timeToLiveSweepInterval;
    private final ConsoleAccess console;

    private EngineOptions(Builder builder) {
        this.clock = builder.clock;
        this.transientStatusDelay = builder.transientStatusDelay;
        this.region = builder.region;
        this.accountId = builder.accountId;
        this.corsOrigins = builder.corsOrigins;
        this.authenticator = builder.authenticator;
        this.clientStallTimeout = builder.clientStallTimeout;
        this.dataDirectory = builder.dataDirectory;
        this.commitSync = builder.commitSync;
        this.compactLogAfterBytes = builder.compactLogAfterBytes;
        this.simulateProvisionedThroughput = builder.simulateProvisionedThroughput;
        this.burstWindow = builder.burstWindow;
        this.faultRates = Collections.unmodifiableMap(new EnumMap<>(builder.faultRates));
        this.faultSeed = builder.faultSeed;
        this.itemCollectionLimitBytes = builder.itemCollectionLimitBytes;
        this.timeToLiveSweepInterval = builder.timeToLiveSweepInterval;
        this.console = builder.console;
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

    /** Browser origins allowed to call the engine (DynamoDB Local's -cors); {@code *} is any, empty is none. */
    public List<String> corsOrigins() {
        return corsOrigins;
    }

    /** Who may call: by default any signed request, as the engine holds no real secrets. */
    public RequestAuthenticator authenticator() {
        return authenticator;
    }

    /**
     * How long the network door waits on a client that stopped sending its request or reading its answer
     * before dropping the connection, so a stalled client cannot hold a worker thread forever.
     */
    public Duration clientStallTimeout() {
        return clientStallTimeout;
    }

    /** Where tables are kept across restarts (DynamoDB Local's -dbPath); null keeps them in memory only. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** How far each commit is pushed before it is acknowledged, when a data directory is set. */
    public CommitSync commitSync() {
        return commitSync;
    }

    /** Log size past which the durable log is compacted into a snapshot, when a data directory is set. */
    public long compactLogAfterBytes() {
        return compactLogAfterBytes;
    }

    /** The fault rates the engine starts with (see {@link io.ddbworkbench.engine.fault.FaultInjector}). */
    public Map<FaultKind, Double> faultRates() {
        return faultRates;
    }

    /** The seed of the fault injector's decisions, so a run can be repeated. */
    public long faultSeed() {
        return faultSeed;
    }

    /**
     * The most an item collection may hold before writes to it fail with ItemCollectionSizeLimitExceededException:
     * the service's 10 GB unless lowered, so a lab or test can reach the limit with a few items.
     */
    public long itemCollectionLimitBytes() {
        return itemCollectionLimitBytes;
    }

    /**
     * Whether provisioned tables and their global indexes are throttled at their provisioned rates, with
     * ProvisionedThroughputExceededException, as on the service. Off by default; on-demand tables never are.
     */
    public boolean simulateProvisionedThroughput() {
        return simulateProvisionedThroughput;
    }

    /** How much unused capacity a throttled table or index may save up for bursts (the service keeps 300 s). */
    public Duration burstWindow() {
        return burstWindow;
    }

    /**
     * How often the background TTL process deletes expired items; zero turns it off, leaving only
     * {@link DynamoDbEngine#sweepExpiredItems()}. The service takes up to a few days; a few seconds keep a
     * demo watchable without letting tests depend on the timing.
     */
    public Duration timeToLiveSweepInterval() {
        return timeToLiveSweepInterval;
    }

    /**
     * Which network endpoints serve the read-only web console at {@code /console}: by default those bound to a
     * loopback address, as the console shows every table without credentials.
     */
    public ConsoleAccess console() {
        return console;
    }

    public Builder toBuilder() {
        Builder builder = new Builder()
                .clock(clock)
                .transientStatusDelay(transientStatusDelay)
                .region(region)
                .accountId(accountId)
                .corsOrigins(corsOrigins)
                .authenticator(authenticator)
                .clientStallTimeout(clientStallTimeout)
                .dataDirectory(dataDirectory)
                .commitSync(commitSync)
                .compactLogAfterBytes(compactLogAfterBytes)
                .timeToLiveSweepInterval(timeToLiveSweepInterval)
                .simulateProvisionedThroughput(simulateProvisionedThroughput)
                .burstWindow(burstWindow)
                .faultSeed(faultSeed)
                .itemCollectionLimitBytes(itemCollectionLimitBytes)
                .console(console);
        faultRates.forEach(builder::faultRate);
        return builder;
    }

    /** Builder for {@link EngineOptions}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Duration transientStatusDelay = Duration.ZERO;
        private String region = "us-east-1";
        private String accountId = "000000000000";
        private List<String> corsOrigins = List.of();
        private RequestAuthenticator authenticator = RequestAuthenticator.anySignature();
        private Duration clientStallTimeout = Duration.ofSeconds(30);
        private Path dataDirectory;
        private CommitSync commitSync = CommitSync.WRITE;
        private long compactLogAfterBytes = DurableStorage.DEFAULT_COMPACTION_BYTES;
        private boolean simulateProvisionedThroughput;
        private Duration burstWindow = SERVICE_BURST_WINDOW;
        private final Map<FaultKind, Double> faultRates = new EnumMap<>(FaultKind.class);
        private long faultSeed;
        private long itemCollectionLimitBytes = SERVICE_ITEM_COLLECTION_LIMIT_BYTES;
        private Duration timeToLiveSweepInterval = DEFAULT_TIME_TO_LIVE_SWEEP_INTERVAL;
        private ConsoleAccess console = ConsoleAccess.LOOPBACK;

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

        public Builder corsOrigins(List<String> value) {
            corsOrigins = List.copyOf(value);
            return this;
        }

        public Builder authenticator(RequestAuthenticator value) {
            authenticator = Objects.requireNonNull(value, "authenticator");
            return this;
        }

        public Builder clientStallTimeout(Duration value) {
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("clientStallTimeout must be positive: " + value);
            }
            clientStallTimeout = value;
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

        public Builder compactLogAfterBytes(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("compactLogAfterBytes must be positive: " + value);
            }
            compactLogAfterBytes = value;
            return this;
        }

        public Builder simulateProvisionedThroughput(boolean value) {
            simulateProvisionedThroughput = value;
            return this;
        }

        public Builder burstWindow(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("burstWindow must not be negative: " + value);
            }
            burstWindow = value;
            return this;
        }

        /** The fraction of opportunities of this kind that fail, from 0 (off, the default) to 1. */
        public Builder faultRate(FaultKind kind, double rate) {
            faultRates.put(Objects.requireNonNull(kind, "kind"), FaultInjector.checkedRate(rate));
            return this;
        }

        public Builder faultSeed(long value) {
            faultSeed = value;
            return this;
        }

        public Builder itemCollectionLimitBytes(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("itemCollectionLimitBytes must be positive: " + value);
            }
            itemCollectionLimitBytes = value;
            return this;
        }

        public Builder timeToLiveSweepInterval(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("timeToLiveSweepInterval must not be negative: " + value);
            }
            timeToLiveSweepInterval = value;
            return this;
        }

        public Builder console(ConsoleAccess value) {
            console = Objects.requireNonNull(value, "console");
            return this;
        }

        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
