package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.BatchGetItemTest.hashKeys;
import static io.ddbworkbench.engine.BatchWriteItemTest.puts;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.fault.FaultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchFaultInjectionTest {

    /** Sends the batch, then its UnprocessedItems, until none are left; returns how many each round left. */
    private static List<Integer> writeUntilDone(DynamoDbClient ddb, Map<String, List<WriteRequest>> batch) {
        List<Integer> left = new ArrayList<>();
        Map<String, List<WriteRequest>> pending = batch;
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> round = pending;
            BatchWriteItemResponse response = ddb.batchWriteItem(b -> b.requestItems(round));
            pending = response.unprocessedItems();
            left.add(pending.isEmpty() ? 0 : pending.get(HASH).size());
        }
        return left;
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void injectedUnprocessedWritesAreDeterministicAndARetryLoopFinishesTheBatch(Door door) {
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (DynamoDbEngine engine = DynamoDbEngine.create();
                 DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
                engine.context().faults().seed(42).rate(FaultKind.UNPROCESSED_BATCH_WRITE, 0.4);
                List<Integer> left = writeUntilDone(ddb, Map.of(HASH, puts("k", 25)));
                assertThat(left.get(0)).as("some, not all, of the first round").isBetween(1, 24);
                assertThat(left).last().isEqualTo(0);
                assertThat(ddb.scan(b -> b.tableName(HASH)).count()).isEqualTo(25);
                runs.add(left);
            }
        }
        assertThat(runs.get(1)).as("the same seed and rate give the same rounds").isEqualTo(runs.get(0));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void injectedUnprocessedKeysComeBackWithTheirTableOptionsUntilEveryKeyIsRead(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, puts("k", 25))));
            engine.context().faults().seed(7).rate(FaultKind.UNPROCESSED_BATCH_GET, 0.5);
            Map<String, KeysAndAttributes> pending = Map.of(HASH, KeysAndAttributes.builder()
                    .keys(hashKeys("k", 25)).projectionExpression("pk").build());
            List<Map<String, AttributeValue>> read = new ArrayList<>();
            int rounds = 0;
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> round = pending;
                BatchGetItemResponse response = ddb.batchGetItem(b -> b.requestItems(round));
                read.addAll(response.responses().get(HASH));
                pending = response.unprocessedKeys();
                pending.values().forEach(left -> assertThat(left.projectionExpression()).isEqualTo("pk"));
                rounds++;
            }
            assertThat(rounds).isGreaterThan(1);
            assertThat(read).hasSize(25).containsExactlyInAnyOrderElementsOf(hashKeys("k", 25));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void faultsAreOffUnlessTurnedOn(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            assertThat(writeUntilDone(ddb, Map.of(HASH, puts("k", 25)))).containsExactly(0);
            engine.context().faults().rate(FaultKind.UNPROCESSED_BATCH_WRITE, 1.0);
            BatchWriteItemResponse refused = ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, puts("j", 3))));
            assertThat(refused.unprocessedItems().get(HASH)).isEqualTo(puts("j", 3));
        }
    }
}
