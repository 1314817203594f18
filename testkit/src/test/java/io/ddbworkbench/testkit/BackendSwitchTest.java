package io.ddbworkbench.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.protocol.EngineHttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.testcontainers.DockerClientFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs small probe classes through the JUnit engine with a chosen backend, as a user's build would with
 * {@code -Dddb.backend=...}, and checks what they saw, what was skipped and what was cleaned up.
 */
class BackendSwitchTest {
    /** What each probe class saw, by class name; probes run in the same JVM. */
    static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    @Test
    void endpointBackendTalksToTheGivenUrl() {
        try (DynamoDbEngine server = DynamoDbEngine.create()) {
            EngineHttpServer http = server.startServer(0);

            Events tests = run(Map.of("ddb.backend", "endpoint", "ddb.endpoint", http.endpoint().toString()),
                    WritingProbe.class);

            tests.assertStatistics(stats -> stats.started(1).succeeded(1).skipped(1));
            tests.assertThatEvents().haveExactly(1, event(skippedWithReason(reason ->
                    reason.contains("embedded engine's test knobs") && reason.contains("endpoint backend"))));
            String prefixedTable = SEEN.get(WritingProbe.class.getName());
            assertThat(prefixedTable).matches("wb[0-9a-f]{8}_Users");
        }
    }

    @Test
    void containerBackendSkipsTheClassWithAReasonWhenDockerIsAbsent() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "Docker is present on this machine");

        Events tests = run(Map.of("ddb.backend", "container"), WritingProbe.class);

        assertThat(tests.started().count()).isZero();
        Events containers = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("ddb.backend", "container")
                .selectors(selectClass(WritingProbe.class)).execute().containerEvents();
        containers.assertThatEvents().haveExactly(1, event(skippedWithReason(reason ->
                reason.startsWith("Skipped on the container backend") && reason.contains("needs Docker"))));
    }

    @Test
    void awsBackendRefusesToRunUntilAllowed() {
        Events containers = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("ddb.backend", "aws")
                .selectors(selectClass(WritingProbe.class)).execute().allEvents();

        containers.assertThatEvents().haveAtLeastOne(event(finishedWithFailure(
                message(text -> text.contains("set DDB_ALLOW_AWS=true")))));
    }

    @Test
    void unknownBackendNamesTheChoices() {
        Events containers = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("ddb.backend", "dynamo-local")
                .selectors(selectClass(WritingProbe.class)).execute().containerEvents();

        containers.assertThatEvents().haveAtLeastOne(event(finishedWithFailure(message(text -> text.endsWith(
                "Unknown DynamoDB backend 'dynamo-local' in DDB_BACKEND / -Dddb.backend; "
                        + "choose one of embedded, container, endpoint, aws")))));
    }

    @Test
    void parallelClassesOnTheEmbeddedBackendEachGetTheirOwnEngine() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .selectors(selectClass(CountingProbeOne.class), selectClass(CountingProbeTwo.class))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.succeeded(2).failed(0));
        assertThat(List.of(SEEN.get(CountingProbeOne.class.getName()), SEEN.get(CountingProbeTwo.class.getName())))
                .as("each class wrote 'Counter' and read back only its own item")
                .containsExactly("one", "two");
    }

    private static Events run(Map<String, String> parameters, Class<?> probe) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(parameters)
                .selectors(selectClass(probe))
                .execute().testEvents();
    }

    /** Creates a table through the namespace and writes to it; a second test wants the engine's knobs. */
    @DynamoDbTest
    static class WritingProbe {
        @Test
        void writes(DynamoDbClient ddb, DynamoDbAsyncClient async, TableNamespace tables) {
            String users = tables.table("Users");
            Tables.createKeyedById(ddb, users);
            ddb.putItem(b -> b.tableName(users).item(Map.of("id", AttributeValue.fromS("u1"))));
            Map<String, AttributeValue> read = async.getItem(b -> b.tableName(users)
                    .key(Map.of("id", AttributeValue.fromS("u1")))).join().item();
            assertThat(read).as("the async client reaches the same backend").containsKey("id");
            SEEN.put(WritingProbe.class.getName(), users);
        }

        @Test
        void needsTheClock(TestClock clock) {
            clock.instant();
        }
    }

    /** Writes its own name into a table that the other counting probe also names 'Counter'. */
    abstract static class CountingProbe {
        void writeAndReadBack(DynamoDbClient ddb, TableNamespace tables, String name) {
            String table = tables.table("Counter");
            Tables.createKeyedById(ddb, table);
            ddb.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS("c"),
                    "owner", AttributeValue.fromS(name))));
            SEEN.put(getClass().getName(), ddb.getItem(b -> b.tableName(table)
                    .key(Map.of("id", AttributeValue.fromS("c")))).item().get("owner").s());
        }
    }

    @DynamoDbTest
    static class CountingProbeOne extends CountingProbe {
        @Test
        void write(DynamoDbClient ddb, TableNamespace tables) {
            writeAndReadBack(ddb, tables, "one");
        }
    }

    @DynamoDbTest
    static class CountingProbeTwo extends CountingProbe {
        @Test
        void write(DynamoDbClient ddb, TableNamespace tables) {
            writeAndReadBack(ddb, tables, "two");
        }
    }
}
