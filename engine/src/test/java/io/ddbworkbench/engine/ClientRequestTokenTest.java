package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.assertCancelled;
import static io.ddbworkbench.engine.TransactionFixtures.put;
import static io.ddbworkbench.engine.TransactionFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import io.ddbworkbench.engine.protocol.WireResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

class ClientRequestTokenTest {
    private static final TransactWriteItem INCREMENT = update(HASH, attrs("pk", s("counter")), "ADD hits :one", null,
            attrs(":one", n("1")));

    private static AttributeValue hits(DynamoDbClient ddb) {
        return ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("counter")))).item().get("hits");
    }

    private static void increment(DynamoDbClient ddb, String token) {
        ddb.transactWriteItems(b -> b.transactItems(INCREMENT).clientRequestToken(token));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theSameRequestWithTheSameTokenSucceedsWithoutWritingAgain(Door door) {
        AdjustableClock clock = new AdjustableClock();
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder().clock(clock).build());
             DynamoDbClient ddb = door.client(engine)) {
            ItemFixtures.createTables(ddb);
            increment(ddb, "once");
            clock.advance(Duration.ofMinutes(9));
            increment(ddb, "once");
            assertThat(hits(ddb)).isEqualTo(n("1"));

            increment(ddb, "another");
            assertThat(hits(ddb)).isEqualTo(n("2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aDifferentRequestWithAUsedTokenIsRefused(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = door.client(engine)) {
            ItemFixtures.createTables(ddb);
            increment(ddb, "used");
            assertFails(() -> ddb.transactWriteItems(b -> b.clientRequestToken("used")
                            .transactItems(put(HASH, attrs("pk", s("other"))))),
                    IdempotentParameterMismatchException.class, "IdempotentParameterMismatchException",
                    "DynamoDB rejected the request because you retried a request with a different payload but with an"
                            + " idempotent token that was already used.");
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("other")))).hasItem()).isFalse();
        }
    }

    @Test
    void aTokenIsFreeAgainTenMinutesAfterItsRequestCompleted() {
        AdjustableClock clock = new AdjustableClock();
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder().clock(clock).build());
             DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ItemFixtures.createTables(ddb);
            increment(ddb, "aging");
            clock.advance(Duration.ofMinutes(10));
            increment(ddb, "aging");
            assertThat(hits(ddb)).as("still inside the window").isEqualTo(n("1"));
            clock.advance(Duration.ofSeconds(1));
            increment(ddb, "aging");
            assertThat(hits(ddb)).as("a new request once the window has passed").isEqualTo(n("2"));
        }
    }

    @Test
    void aFailedRequestLeavesItsTokenFreeForTheRetry() {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ItemFixtures.createTables(ddb);
            TransactWriteItem guarded = update(HASH, attrs("pk", s("counter")), "ADD hits :one",
                    "attribute_exists(pk)", attrs(":one", n("1")));
            assertCancelled(() -> ddb.transactWriteItems(b -> b.transactItems(guarded).clientRequestToken("retry")),
                    "ConditionalCheckFailed");
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("counter"), "hits", n("0"))));
            ddb.transactWriteItems(b -> b.transactItems(guarded).clientRequestToken("retry"));
            assertThat(hits(ddb)).isEqualTo(n("1"));
        }
    }

    @Test
    void theOrderOfMembersInARequestDoesNotMakeItADifferentRequest() {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ItemFixtures.createTables(ddb);
            WireResponse first = RawCalls.call(engine, "TransactWriteItems", "{\"ClientRequestToken\":\"t\","
                    + "\"TransactItems\":[{\"Put\":{\"TableName\":\"Hash\",\"Item\":{\"pk\":{\"S\":\"a\"},"
                    + "\"v\":{\"N\":\"1\"}}}}]}");
            WireResponse again = RawCalls.call(engine, "TransactWriteItems", "{\"TransactItems\":[{\"Put\":{"
                    + "\"Item\":{\"v\":{\"N\":\"1\"},\"pk\":{\"S\":\"a\"}},\"TableName\":\"Hash\"}}],"
                    + "\"ClientRequestToken\":\"t\"}");
            assertThat(first.status()).isEqualTo(200);
            assertThat(again.status()).isEqualTo(200);
        }
    }
}
