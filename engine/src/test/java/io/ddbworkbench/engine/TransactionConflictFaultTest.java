package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.fault.FaultKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Injected TransactionConflict cancellations: off by default, seeded, and survivable by retrying. */
class TransactionConflictFaultTest {
    private static final int TRANSACTIONS = 400;

    private static DynamoDbEngine engine(double rate, long seed) {
        return DynamoDbEngine.create(EngineOptions.builder()
                .faultRate(FaultKind.TRANSACTION_CONFLICT, rate).faultSeed(seed).build());
    }

    /** Writes two items in one transaction; true when it went through, false when it met a conflict. */
    private static boolean writePair(DynamoDbClient ddb, int pair) {
        try {
            ddb.transactWriteItems(b -> b.transactItems(put(HASH, attrs("pk", s(pair + "a"))),
                    put(HASH, attrs("pk", s(pair + "b"))), put(HASH, attrs("pk", s(pair + "c")))));
            return true;
        } catch (TransactionCanceledException e) {
            assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
                    .containsOnly("None", "TransactionConflict").containsOnlyOnce("TransactionConflict");
            assertThat(e.cancellationReasons()).filteredOn(reason -> reason.code().equals("TransactionConflict"))
                    .extracting(CancellationReason::message).containsExactly("Transaction is ongoing for the item.");
            return false;
        }
    }

    @Test
    void aConflictCancelsTheWholeTransactionOnOneAction() {
        try (DynamoDbEngine engine = engine(1.0, 1); DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ItemFixtures.createTables(ddb);
            assertThat(writePair(ddb, 0)).isFalse();
            assertThat(engine.context().catalog().require(HASH).snapshot()).as("nothing was written").isEmpty();
            assertThatThrownBy(() -> ddb.transactGetItems(b -> b.transactItems(TransactGetItem.builder()
                    .get(g -> g.tableName(HASH).key(attrs("pk", s("0a")))).build())))
                    .isInstanceOf(TransactionCanceledException.class);
        }
    }

    @Test
    void aSeededFractionConflictsTheSameWayEveryRunAndRetriesGetEverythingThrough() {
        List<Boolean> firstRun = new ArrayList<>();
        List<Boolean> secondRun = new ArrayList<>();
        for (List<Boolean> outcomes : List.of(firstRun, secondRun)) {
            try (DynamoDbEngine engine = engine(0.25, 42); DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
                ItemFixtures.createTables(ddb);
                for (int pair = 0; pair < TRANSACTIONS; pair++) {
                    boolean done = writePair(ddb, pair);
                    outcomes.add(done);
                    while (!done) {
                        done = writePair(ddb, pair);
                    }
                }
                assertThat(engine.context().catalog().require(HASH).snapshot()).hasSize(3 * TRANSACTIONS);
            }
        }
        long conflicts = firstRun.stream().filter(done -> !done).count();
        assertThat(conflicts).as("about a quarter of %s first attempts", TRANSACTIONS).isBetween(60L, 140L);
        assertThat(secondRun).as("the same seed gives the same conflicts").isEqualTo(firstRun);
    }

    @Test
    void noConflictIsInjectedUnlessAsked() {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ItemFixtures.createTables(ddb);
            for (int pair = 0; pair < TRANSACTIONS; pair++) {
                assertThat(writePair(ddb, pair)).isTrue();
            }
        }
    }
}
