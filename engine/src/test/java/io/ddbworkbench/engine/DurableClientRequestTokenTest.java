package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.check;
import static io.ddbworkbench.engine.TransactionFixtures.put;
import static io.ddbworkbench.engine.TransactionFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A client retrying TransactWriteItems with its ClientRequestToken after a -dbPath engine restarted (it got
 * no answer, or the engine went down before it could retry) must not have the transaction applied twice.
 */
class DurableClientRequestTokenTest {
    private static final String TABLE = "Counters";
    private static final TransactWriteItem INCREMENT = update(TABLE, attrs("pk", s("counter")), "ADD hits :one",
            null, attrs(":one", n("1")));
    private static final String MISMATCH = "DynamoDB rejected the request because you retried a request with a"
            + " different payload but with an idempotent token that was already used.";

    @TempDir
    Path data;

    private final AdjustableClock clock = new AdjustableClock();

    @ParameterizedTest
    @EnumSource(Door.class)
    void aRetryAfterARestartReplaysInsteadOfWritingAgain(Door door) {
        List<ConsumedCapacity> firstReplay = new ArrayList<>();
        run(door, (engine, ddb) -> {
            createTable(ddb);
            increment(ddb, "retry-me");
            firstReplay.addAll(increment(ddb, "retry-me"));
        });
        clock.advance(Duration.ofMinutes(5));
        run(door, (engine, ddb) -> {
            assertThat(increment(ddb, "retry-me")).as("the replay reads as it did before the restart")
                    .isEqualTo(firstReplay);
            assertThat(hits(ddb)).isEqualTo(n("1"));
            assertThat(streamRecords(engine)).as("no second stream record").isEqualTo(1);
            assertMismatch(ddb, "retry-me");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aTokenOutlivesCompactionAndIsFreeAgainTenMinutesAfterItsRequestCompleted(Door door) {
        run(door, (engine, ddb) -> {
            createTable(ddb);
            increment(ddb, "aging");
            compact(engine);
        });
        clock.advance(Duration.ofMinutes(10));
        run(door, (engine, ddb) -> {
            assertThat(engine.durableStorage().orElseThrow().recordsReplayed()).as("all in the snapshot").isZero();
            increment(ddb, "aging");
            assertThat(hits(ddb)).as("still inside the window").isEqualTo(n("1"));
        });
        clock.advance(Duration.ofSeconds(1));
        run(door, (engine, ddb) -> {
            increment(ddb, "aging");
            assertThat(hits(ddb)).as("a new request once the window has passed").isEqualTo(n("2"));
            assertThat(streamRecords(engine)).isEqualTo(2);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aTransactionOfConditionChecksKeepsItsTokenAcrossARestart(Door door) {
        TransactWriteItem exists = check(TABLE, attrs("pk", s("counter")), "attribute_exists(pk)");
        run(door, (engine, ddb) -> {
            createTable(ddb);
            increment(ddb, "setup");
            ddb.transactWriteItems(b -> b.transactItems(exists).clientRequestToken("checked"));
        });
        run(door, (engine, ddb) -> {
            assertMismatch(ddb, "checked");
            ddb.transactWriteItems(b -> b.transactItems(exists).clientRequestToken("checked"));
        });
    }

    private void run(Door door, BiConsumer<DynamoDbEngine, DynamoDbClient> body) {
        EngineOptions options = EngineOptions.builder().dataDirectory(data).clock(clock).build();
        try (DynamoDbEngine engine = DynamoDbEngine.create(options); DynamoDbClient ddb = door.client(engine)) {
            body.accept(engine, ddb);
        }
    }

    private static void createTable(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName(TABLE)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .keySchema(hash("pk"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .streamSpecification(stream -> stream.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
    }

    private static List<ConsumedCapacity> increment(DynamoDbClient ddb, String token) {
        return ddb.transactWriteItems(b -> b.transactItems(INCREMENT).clientRequestToken(token)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
    }

    private static AttributeValue hits(DynamoDbClient ddb) {
        return ddb.getItem(b -> b.tableName(TABLE).key(attrs("pk", s("counter")))).item().get("hits");
    }

    private static void assertMismatch(DynamoDbClient ddb, String token) {
        assertFails(() -> ddb.transactWriteItems(b -> b.clientRequestToken(token)
                        .transactItems(put(TABLE, attrs("pk", s("other"))))),
                IdempotentParameterMismatchException.class, "IdempotentParameterMismatchException", MISMATCH);
        assertThat(ddb.getItem(b -> b.tableName(TABLE).key(attrs("pk", s("other")))).hasItem()).isFalse();
    }

    private static int streamRecords(DynamoDbEngine engine) {
        return engine.context().streams().export(null).stream().mapToInt(stream -> stream.records().size()).sum();
    }

    private static void compact(DynamoDbEngine engine) {
        try {
            engine.durableStorage().orElseThrow().compact();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
