package io.ddbworkbench.testkit.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ddbworkbench.testkit.DynamoDbTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Measures, on the embedded backend, the time from JUnit starting a {@code @DynamoDbTest} class to the
 * answer of that class's first DynamoDB call: the testkit's whole start-up cost as a test author feels it
 * (engine, SDK client, first request). The first class in a JVM also pays for loading the SDK's classes,
 * so it is reported on its own. Prints figures; asserts nothing.
 *
 * <pre>mvn -q -pl testkit test-compile exec:java -Dexec.skip=false -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.ddbworkbench.testkit.bench.FirstClientCallBenchmark</pre>
 */
public final class FirstClientCallBenchmark {
    private static final int WARM_RUNS = 30;
    private static volatile Instant firstCallAnswered;

    private FirstClientCallBenchmark() {
    }

    public static void main(String[] args) {
        Duration cold = runOnce();
        List<Duration> warm = new ArrayList<>();
        for (int run = 0; run < WARM_RUNS; run++) {
            warm.add(runOnce());
        }
        Collections.sort(warm);
        System.out.printf("Time from test-class start to first DynamoDB answer, embedded backend (target < 200 ms)%n");
        System.out.printf("  first class in a fresh JVM: %6.1f ms%n", millis(cold));
        System.out.printf("  next %d classes: median %.1f ms, p90 %.1f ms, max %.1f ms%n", WARM_RUNS,
                millis(warm.get(WARM_RUNS / 2)), millis(warm.get(WARM_RUNS * 9 / 10)), millis(warm.get(WARM_RUNS - 1)));
    }

    private static Duration runOnce() {
        firstCallAnswered = null;
        List<Event> events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(Probe.class))
                .execute()
                .containerEvents()
                .list();
        Instant classStarted = events.stream()
                .filter(event -> event.getType() == EventType.STARTED)
                .filter(event -> event.getTestDescriptor().getUniqueId().toString()
                        .endsWith("[class:" + Probe.class.getName() + "]"))
                .findFirst().orElseThrow().getTimestamp();
        if (firstCallAnswered == null) {
            throw new IllegalStateException("the probe did not run: " + events);
        }
        return Duration.between(classStarted, firstCallAnswered);
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }

    /** A minimal test class: its first call creates a table. */
    @DynamoDbTest
    static class Probe {
        @Test
        void firstCall(DynamoDbClient ddb) {
            ddb.createTable(b -> b.tableName("Bench")
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            firstCallAnswered = Instant.now();
        }
    }
}
