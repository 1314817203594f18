package io.ddbworkbench.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The annotation reaches the class's engine: a provisioned table of 1 write unit per second takes one 300 KB
 * item from its burst, and then refuses writes until the clock has refilled it; without the annotation the same
 * table never refuses anything. The large item leaves a debt the SDK's own retries (a second or two of real time)
 * cannot repay, so the refusal reaches the test.
 */
class SimulatedThroughputTest {
    private static final String TABLE = "Provisioned";

    @Nested
    @DynamoDbTest
    @SimulatedThroughput(burstSeconds = 1)
    class Simulated {
        @Test
        void aProvisionedTableRefusesWritesBeyondItsCapacityUntilTimeRefillsIt(DynamoDbClient ddb, TestClock clock) {
            createProvisionedTable(ddb);
            write(ddb, "first", 300);

            Throwable refused = catchThrowable(() -> write(ddb, "second", 1));
            clock.advance(Duration.ofSeconds(400));
            write(ddb, "after-refill", 1);

            assertThat(refused).isInstanceOf(ProvisionedThroughputExceededException.class);
            assertThat(((ProvisionedThroughputExceededException) refused).numAttempts())
                    .as("the SDK retried before giving up").isGreaterThan(1);
        }
    }

    @Nested
    @DynamoDbTest
    class NotSimulated {
        @Test
        void aProvisionedTableTakesEverything(DynamoDbClient ddb) {
            createProvisionedTable(ddb);

            write(ddb, "first", 300);
            write(ddb, "second", 300);

            assertThat(ddb.getItem(request -> request.tableName(TABLE).consistentRead(true)
                    .key(Map.of("id", AttributeValue.fromS("second")))).hasItem()).isTrue();
        }
    }

    private static void createProvisionedTable(DynamoDbClient ddb) {
        ddb.createTable(request -> request.tableName(TABLE)
                .attributeDefinitions(definition -> definition.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName("id").keyType(KeyType.HASH))
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(throughput -> throughput.readCapacityUnits(1L).writeCapacityUnits(1L)));
    }

    private static void write(DynamoDbClient ddb, String id, int kilobytes) {
        ddb.putItem(request -> request.tableName(TABLE).item(Map.of("id", AttributeValue.fromS(id),
                "padding", AttributeValue.fromS("x".repeat(kilobytes * 1024 - 100)))));
    }
}
