package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.assertCancelled;
import static io.ddbworkbench.engine.TransactionFixtures.check;
import static io.ddbworkbench.engine.TransactionFixtures.delete;
import static io.ddbworkbench.engine.TransactionFixtures.put;
import static io.ddbworkbench.engine.TransactionFixtures.putIf;
import static io.ddbworkbench.engine.TransactionFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** A transaction's writes reach the table's stream like any other write; a cancelled one leaves no record. */
class TransactionStreamTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void eachWriteOfACommittedTransactionIsOneRecordAndChecksAreNone(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            String stream = fixture.createTableWithStream("Orders", StreamViewType.NEW_AND_OLD_IMAGES);
            fixture.put("Orders", "paid");
            fixture.put("Orders", "stale");
            fixture.put("Orders", "kept");
            String start = fixture.iterator(stream, ShardIteratorType.LATEST);

            fixture.ddb.transactWriteItems(b -> b.transactItems(
                    put("Orders", attrs("pk", s("new"))),
                    update("Orders", attrs("pk", s("paid")), "SET amount = :a", null, attrs(":a", n("10"))),
                    delete("Orders", attrs("pk", s("stale"))),
                    check("Orders", attrs("pk", s("kept")), "attribute_exists(pk)")));
            assertCancelled(() -> fixture.ddb.transactWriteItems(b -> b.transactItems(
                    put("Orders", attrs("pk", s("never"))),
                    putIf("Orders", attrs("pk", s("kept")), "attribute_not_exists(pk)"))),
                    "None", "ConditionalCheckFailed");

            List<Record> records = fixture.readFrom(start);
            assertThat(records).extracting(Record::eventName)
                    .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
            assertThat(records).extracting(record -> record.dynamodb().keys().get("pk").s())
                    .containsExactly("new", "paid", "stale");
            assertThat(records.get(1).dynamodb().newImage().get("amount")).isEqualTo(n("10"));
        }
    }
}
