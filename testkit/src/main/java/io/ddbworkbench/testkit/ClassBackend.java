package io.ddbworkbench.testkit;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.toolkit.connect.Backend;
import io.ddbworkbench.toolkit.connect.DynamoDbClients;
import io.ddbworkbench.toolkit.connect.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * One test class's slice of a backend: its clients, its table namespace and, when embedded, its own engine and
 * clock. Closed by JUnit when the class ends; on shared backends that deletes the class's tables.
 */
final class ClassBackend implements AutoCloseable {
    /** What a test may ask for, and how each is obtained. */
    private static final Map<Class<?>, Function<ClassBackend, Object>> RESOLVABLE = Map.of(
            DynamoDbClient.class, backend -> backend.clients.sync(),
            DynamoDbAsyncClient.class, backend -> backend.clients.async(),
            DynamoDbEnhancedClient.class, backend -> backend.clients.enhanced(),
            DynamoDbEnhancedAsyncClient.class, backend -> backend.clients.enhancedAsync(),
            DynamoDbStreamsClient.class, backend -> backend.clients.streams(),
            DynamoDbClients.class, backend -> backend.clients,
            TableNamespace.class, backend -> backend.namespace,
            Backend.class, backend -> backend.clients.backend(),
            DynamoDbEngine.class, backend -> backend.engine,
            TestClock.class, backend -> backend.clock);

    /** The parameter types that exist only on the embedded backend. */
    static final List<Class<?>> EMBEDDED_ONLY_TYPES = List.of(DynamoDbEngine.class, TestClock.class);

    private final DynamoDbClients clients;
    private final TableNamespace namespace;
    private final DynamoDbEngine engine;
    private final TestClock clock;

    private ClassBackend(DynamoDbClients clients, TableNamespace namespace, DynamoDbEngine engine, TestClock clock) {
        this.clients = clients;
        this.namespace = namespace;
        this.engine = engine;
        this.clock = clock;
    }

    /** @param throughput the test class's throughput simulation, if it asks for one (embedded only) */
    static ClassBackend open(Settings settings, Optional<SimulatedThroughput> throughput) {
        if (Backend.selected(settings) == Backend.EMBEDDED) {
            TestClock clock = TestClock.system();
            EngineOptions.Builder options = EngineOptions.builder().clock(clock);
            settings.get(Settings.REGION).ifPresent(options::region);
            throughput.ifPresent(simulation -> options.simulateProvisionedThroughput(true)
                    .burstWindow(Duration.ofSeconds(simulation.burstSeconds())));
            DynamoDbEngine engine = DynamoDbEngine.create(options.build());
            return new ClassBackend(DynamoDbClients.over(EmbeddedBackend.connect(engine)), TableNamespace.isolated(),
                    engine, clock);
        }
        return new ClassBackend(DynamoDbClients.open(settings), TableNamespace.unique(), null, null);
    }

    static boolean canResolve(Class<?> type) {
        return RESOLVABLE.containsKey(type);
    }

    Object resolve(Class<?> type) {
        return RESOLVABLE.get(type).apply(this);
    }

    @Override
    public void close() {
        try {
            deleteOwnedTables();
        } finally {
            clients.close();
        }
    }

    /** Only tables in this class's namespace: a shared endpoint may hold other people's tables. */
    private void deleteOwnedTables() {
        if (namespace.prefix().isEmpty()) {
            return;
        }
        DynamoDbClient ddb = clients.sync();
        List<String> owned = ddb.listTablesPaginator().tableNames().stream()
                .filter(namespace::owns)
                .collect(Collectors.toList());
        for (String table : owned) {
            try {
                ddb.deleteTable(request -> request.tableName(table));
            } catch (ResourceNotFoundException alreadyGone) {
                // Deleted by the test itself meanwhile: nothing left to clean.
            }
        }
    }
}
