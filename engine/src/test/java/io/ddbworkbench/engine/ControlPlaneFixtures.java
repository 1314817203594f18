package io.ddbworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Shared building blocks for the control-plane tests: an engine per test, request pieces, error checks. */
final class ControlPlaneFixtures {
    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";

    private ControlPlaneFixtures() {
    }

    /** Runs the body against a fresh engine with default options, through the given door. */
    static void withClient(Door door, Consumer<DynamoDbClient> body) {
        withEngine(door, EngineOptions.defaults(), (engine, ddb) -> body.accept(ddb));
    }

    static void withEngine(Door door, EngineOptions options, BiConsumer<DynamoDbEngine, DynamoDbClient> body) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(options); DynamoDbClient ddb = door.client(engine)) {
            body.accept(engine, ddb);
        }
    }

    static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    static ProvisionedThroughput capacity(long read, long write) {
        return ProvisionedThroughput.builder().readCapacityUnits(read).writeCapacityUnits(write).build();
    }

    static Projection projectAll() {
        return Projection.builder().projectionType(ProjectionType.ALL).build();
    }

    /** A table keyed by {@code pk} (S), billed per request: the smallest valid CreateTable. */
    static CreateTableRequest.Builder onDemandTable(String name) {
        return CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .keySchema(hash("pk"))
                .billingMode(BillingMode.PAY_PER_REQUEST);
    }

    /** {@link #onDemandTable} with a global index {@code ByG} on the string attribute {@code g}, projecting all. */
    static CreateTableRequest.Builder onDemandTableWithIndex(String name) {
        return onDemandTable(name)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByG").keySchema(hash("g"))
                        .projection(projectAll()).build());
    }

    /** A table keyed by {@code pk} (S) and {@code sk} (S) with 5/5 provisioned capacity. */
    static CreateTableRequest.Builder provisionedTable(String name) {
        return CreateTableRequest.builder().tableName(name)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S))
                .keySchema(hash("pk"), range("sk"))
                .provisionedThroughput(capacity(5, 5));
    }

    static String tableArn(String name) {
        return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + name;
    }

    /** A clock the test moves by hand, so delayed statuses can be stepped through without sleeping. */
    static final class AdjustableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-06-01T12:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** The call fails with the service error {@code code}, exactly this message, as the SDK exception type. */
    static void assertFails(ThrowingCallable call, Class<? extends DynamoDbException> type, String code,
                            String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }

    /** A ValidationException with exactly this message. */
    static void assertInvalid(ThrowingCallable call, String message) {
        assertFails(call, DynamoDbException.class, "ValidationException", message);
    }
}
