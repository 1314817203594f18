package io.ddbworkbench.testkit;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.toolkit.connect.Backend;
import io.ddbworkbench.toolkit.connect.BackendProvider;
import io.ddbworkbench.toolkit.connect.Connection;
import io.ddbworkbench.toolkit.connect.Settings;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/** The workbench engine in this JVM, reached through its in-process doors (no socket). */
public final class EmbeddedBackend implements BackendProvider {

    @Override
    public Backend backend() {
        return Backend.EMBEDDED;
    }

    /** A fresh in-memory engine, closed with the connection. */
    @Override
    public Connection open(Settings settings) {
        String region = settings.get(Settings.REGION).orElse(EngineOptions.defaults().region());
        return connect(DynamoDbEngine.create(EngineOptions.builder().region(region).build()));
    }

    /** Clients for an engine the caller built (with a {@link TestClock}, say); closing them closes the engine. */
    public static Connection connect(DynamoDbEngine engine) {
        return new Connection(Backend.EMBEDDED, Optional.of(engine.inProcessEndpoint()),
                Region.of(engine.context().options().region()), Connection.LOCAL_CREDENTIALS,
                engine::httpClient, engine::asyncHttpClient, engine);
    }
}
