package io.ddbworkbench.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.protocol.EngineHttpServer;
import io.ddbworkbench.toolkit.connect.DynamoDbClients;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** On a shared backend, a class's tables go when the class ends, and nobody else's do. */
class SharedBackendCleanupTest {

    @Test
    void endpointBackendDeletesOnlyTheClassTables() {
        DynamoDbEngine engine = DynamoDbEngine.create();
        try (DynamoDbClients server = DynamoDbClients.over(EmbeddedBackend.connect(engine))) {
            EngineHttpServer http = engine.startServer(0);
            Tables.createKeyedById(server.sync(), "SomeoneElses");

            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("ddb.backend", "endpoint")
                    .configurationParameter("ddb.endpoint", http.endpoint().toString())
                    .selectors(selectClass(BackendSwitchTest.WritingProbe.class))
                    .execute();

            results.containerEvents().assertStatistics(stats -> stats.failed(0));
            results.testEvents().assertStatistics(stats -> stats.succeeded(1));
            assertThat(server.sync().listTables().tableNames())
                    .as("the probe's prefixed table is deleted when the class ends; others' tables stay")
                    .containsExactly("SomeoneElses");
        }
    }
}
