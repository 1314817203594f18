package support;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.fault.FaultInjector;
import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.testkit.EmbeddedBackend;
import io.ddbworkbench.testkit.TableNamespace;
import io.ddbworkbench.testkit.TestClock;
import io.ddbworkbench.toolkit.DynamoDbToolkit;
import io.ddbworkbench.toolkit.connect.Backend;
import io.ddbworkbench.toolkit.connect.DynamoDbClients;
import io.ddbworkbench.toolkit.connect.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB a demo talks to, chosen by the same switch as the tests ({@code DDB_BACKEND} or
 * {@code -Dddb.backend}; embedded by default). On the embedded engine the demo also gets the engine and a clock
 * it can move forward, so TTL expiry shows in seconds instead of hours. On a shared backend (an endpoint, a
 * container, AWS) every table name gets a unique prefix and the demo's tables are deleted when it ends.
 */
public final class Workbench implements AutoCloseable {
    /** The same faults every run, so a demo's output is the same every run. */
    private static final long FAULT_SEED = 42;

    private final DynamoDbClients clients;
    private final DynamoDbToolkit toolkit;
    private final TableNamespace namespace;
    private final DynamoDbEngine engine;
    private final TestClock movableClock;

    private Workbench(DynamoDbClients clients, TableNamespace namespace, DynamoDbEngine engine, TestClock clock) {
        this.clients = clients;
        this.toolkit = DynamoDbToolkit.over(clients);
        this.namespace = namespace;
        this.engine = engine;
        this.movableClock = clock;
    }

    public static Workbench open(Settings settings) {
        if (Backend.selected(settings) == Backend.EMBEDDED) {
            TestClock clock = TestClock.system();
            // No background TTL pass: expiry happens when a demo says so (expireDueItems), never in mid-step.
            EngineOptions.Builder options = EngineOptions.builder().clock(clock).timeToLiveSweepInterval(Duration.ZERO);
            settings.get(Settings.REGION).ifPresent(options::region);
            DynamoDbEngine engine = DynamoDbEngine.create(options.build());
            return new Workbench(DynamoDbClients.over(EmbeddedBackend.connect(engine)), TableNamespace.isolated(),
                    engine, clock);
        }
        return new Workbench(DynamoDbClients.open(settings), TableNamespace.unique(), null, null);
    }

    /**
     * A separate embedded engine that throttles provisioned tables at their provisioned rates with no burst
     * allowance, so ProvisionedThroughputExceededException can be shown on cue (no other backend does that).
     */
    public static Workbench openThrottled() {
        DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder()
                .simulateProvisionedThroughput(true)
                .burstWindow(Duration.ZERO)
                .timeToLiveSweepInterval(Duration.ZERO)
                .build());
        return new Workbench(DynamoDbClients.over(EmbeddedBackend.connect(engine)), TableNamespace.isolated(),
                engine, null);
    }

    /** The toolkit over this backend's clients: what the demos use for almost everything. */
    public DynamoDbToolkit ddb() {
        return toolkit;
    }

    /** The plain SDK client, for the few requests a demo shows in their raw form. */
    public DynamoDbClient client() {
        return clients.sync();
    }

    public Backend backend() {
        return clients.backend();
    }

    /** One line for the demo's banner: which DynamoDB this is. */
    public String describe() {
        switch (backend()) {
            case EMBEDDED:
                return "embedded (the workbench engine inside this JVM; DDB_BACKEND=endpoint|container|aws "
                        + "runs the same demo elsewhere)";
            case ENDPOINT:
                return "endpoint " + clients.connection().endpoint().map(Object::toString).orElse("?")
                        + " (tables prefixed " + namespace.prefix() + ", deleted at the end)";
            case CONTAINER:
                return "container (DynamoDB Local under Testcontainers; tables prefixed " + namespace.prefix() + ")";
            default:
                return "aws, region " + clients.connection().region() + " (billable; tables prefixed "
                        + namespace.prefix() + ", deleted at the end)";
        }
    }

    /** The name to use for a demo table: the name itself when embedded, prefixed on shared backends. */
    public String table(String baseName) {
        return namespace.table(baseName);
    }

    /** The time the backend expires TTL items by: the engine's movable clock when embedded, else the system's. */
    public Clock clock() {
        return movableClock != null ? movableClock : Clock.systemUTC();
    }

    /** The engine's clock, only on the embedded backend: moving it forward makes TTL items expire now. */
    public Optional<TestClock> movableClock() {
        return Optional.ofNullable(movableClock);
    }

    /** The engine itself, only on the embedded backend (fault injection, TTL sweeps). */
    public Optional<DynamoDbEngine> engine() {
        return Optional.ofNullable(engine);
    }

    /**
     * Runs the embedded engine's TTL process now, as the service does in the background: items whose expiry
     * is past (by {@link #clock()}) are deleted, with REMOVE records in their table's stream.
     *
     * @return how many items were deleted
     * @throws IllegalStateException on other backends, whose TTL process runs on its own schedule
     */
    public int expireDueItems() {
        if (engine == null) {
            throw new IllegalStateException("only the embedded engine runs its TTL process on demand");
        }
        return engine.sweepExpiredItems();
    }

    /**
     * Runs {@code work} while the embedded engine fails this share of its chances of a fault of this kind
     * (unprocessed batch items, transaction conflicts), then turns the fault off again. Other backends run
     * {@code work} as it is: they fail only under real load.
     */
    public <T> T withFaults(FaultKind kind, double rate, Supplier<T> work) {
        if (engine == null) {
            return work.get();
        }
        FaultInjector faults = engine.context().faults();
        faults.seed(FAULT_SEED).rate(kind, rate);
        try {
            return work.get();
        } finally {
            faults.rate(kind, 0);
        }
    }

    /** Deletes the demo's tables on a shared backend, then closes the clients (and the embedded engine). */
    @Override
    public void close() {
        try {
            if (!namespace.prefix().isEmpty()) {
                List<String> owned = client().listTablesPaginator().tableNames().stream()
                        .filter(namespace::owns)
                        .collect(Collectors.toList());
                owned.forEach(table -> toolkit.tables().delete(table));
            }
        } finally {
            clients.close();
        }
    }
}
