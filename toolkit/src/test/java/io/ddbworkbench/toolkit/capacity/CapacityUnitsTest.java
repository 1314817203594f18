package io.ddbworkbench.toolkit.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The worked examples of the Developer Guide's "DynamoDB read and write operations" and GSI pages. */
class CapacityUnitsTest {
    private static final long KB = 1024;

    @Test
    void aReadOf3500BytesCostsAs4Kb() {
        assertThat(CapacityUnits.getItem(3_500, ReadConsistency.STRONG)).isEqualTo(1.0);
    }

    @Test
    void an8KbItemCostsTwoStrongOneEventualFourTransactional() {
        assertThat(CapacityUnits.getItem(8 * KB, ReadConsistency.STRONG)).isEqualTo(2.0);
        assertThat(CapacityUnits.getItem(8 * KB, ReadConsistency.EVENTUAL)).isEqualTo(1.0);
        assertThat(CapacityUnits.getItem(8 * KB, ReadConsistency.TRANSACTIONAL)).isEqualTo(4.0);
    }

    @Test
    void a10KbItemIsRoundedTo12Kb() {
        assertThat(CapacityUnits.getItem(10 * KB, ReadConsistency.STRONG)).isEqualTo(3.0);
    }

    @Test
    void batchGetRoundsEachItemBeforeAdding() {
        // 1.5 KB + 6.5 KB count as 4 KB + 8 KB = 12 KB, not 8 KB.
        assertThat(CapacityUnits.batchGetItem(List.of(1536L, 6656L), ReadConsistency.STRONG)).isEqualTo(3.0);
    }

    @Test
    void queryRoundsOnlyTheTotal() {
        // Ten items of 40.8 KB together round to 44 KB.
        long total = Math.round(40.8 * KB);
        assertThat(CapacityUnits.queryOrScan(total, ReadConsistency.STRONG)).isEqualTo(11.0);
        assertThat(CapacityUnits.queryOrScan(total, ReadConsistency.EVENTUAL)).isEqualTo(5.5);
    }

    @Test
    void aMissingItemStillCostsOneBlock() {
        assertThat(CapacityUnits.getItem(0, ReadConsistency.EVENTUAL)).isEqualTo(0.5);
        assertThat(CapacityUnits.write(0, 0, false)).isEqualTo(1.0);
    }

    @Test
    void writesAreCountedPerKilobyteAndDoubledInTransactions() {
        assertThat(CapacityUnits.write(0, KB, false)).isEqualTo(1.0);
        assertThat(CapacityUnits.write(0, 3 * KB, false)).isEqualTo(3.0);
        assertThat(CapacityUnits.write(0, 3 * KB, true)).isEqualTo(6.0);
    }

    @Test
    void anUpdateIsChargedForTheLargerOfBeforeAndAfter() {
        assertThat(CapacityUnits.write(2 * KB, 500, false)).isEqualTo(2.0);
        assertThat(CapacityUnits.batchWrite(List.of(500L, 1500L))).isEqualTo(3.0);
    }

    @Test
    void globalIndexWritesFollowTheIndexKey() {
        IndexWrites byEmail = new IndexWrites(Set.of("email"), null);
        Map<String, AttributeValue> none = Map.of();
        Map<String, AttributeValue> noEmail = Map.of("id", AttributeValue.fromS("u1"));
        Map<String, AttributeValue> ada = Map.of("id", AttributeValue.fromS("u1"), "email", AttributeValue.fromS("a@x"));
        Map<String, AttributeValue> adaRenamed = Map.of("id", AttributeValue.fromS("u1"),
                "email", AttributeValue.fromS("a@x"), "name", AttributeValue.fromS("Ada"));
        Map<String, AttributeValue> moved = Map.of("id", AttributeValue.fromS("u1"), "email", AttributeValue.fromS("b@x"));

        assertThat(byEmail.unitsFor(none, noEmail)).as("sparse: never in the index").isZero();
        assertThat(byEmail.unitsFor(none, ada)).as("enters the index").isEqualTo(1.0);
        assertThat(byEmail.unitsFor(ada, noEmail)).as("leaves the index").isEqualTo(1.0);
        assertThat(byEmail.unitsFor(ada, moved)).as("index key changes: delete plus put").isEqualTo(2.0);
        assertThat(byEmail.unitsFor(ada, adaRenamed)).as("projected attribute changes").isEqualTo(1.0);
        assertThat(byEmail.unitsFor(ada, ada)).as("nothing the index holds changed").isZero();
    }

    @Test
    void aKeysOnlyIndexIgnoresChangesToUnprojectedAttributes() {
        IndexWrites keysOnly = new IndexWrites(Set.of("email"), Set.of("id", "email"));
        Map<String, AttributeValue> before = Map.of("id", AttributeValue.fromS("u1"),
                "email", AttributeValue.fromS("a@x"), "name", AttributeValue.fromS("Ada"));
        Map<String, AttributeValue> after = Map.of("id", AttributeValue.fromS("u1"),
                "email", AttributeValue.fromS("a@x"), "name", AttributeValue.fromS("Ada L."));

        assertThat(keysOnly.unitsFor(before, after)).isZero();
    }
}
