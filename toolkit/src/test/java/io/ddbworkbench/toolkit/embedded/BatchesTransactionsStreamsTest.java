package io.ddbworkbench.toolkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.toolkit.batch.BatchReadResult;
import io.ddbworkbench.toolkit.batch.BatchWriteResult;
import io.ddbworkbench.toolkit.error.TransactionFailure;
import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

class BatchesTransactionsStreamsTest extends EmbeddedToolkit {

    @Test
    void batchPutGetAndDeleteManyItems() {
        toolkit.tables().create(keyedById("Users"));
        List<Map<String, Object>> users = IntStream.range(0, 60)
                .mapToObj(i -> Map.<String, Object>of("id", "user" + i, "Name", "User " + i))
                .collect(Collectors.toList());

        BatchWriteResult written = toolkit.batchWriter().putAll("Users", users);
        BatchReadResult read = toolkit.batchReader().getAll("Users",
                users.stream().map(user -> Map.of("id", user.get("id"))).collect(Collectors.toList()), false);
        BatchWriteResult deleted = toolkit.batchWriter().deleteAll("Users",
                users.subList(0, 30).stream().map(user -> Map.of("id", user.get("id"))).collect(Collectors.toList()));

        assertThat(written.complete()).isTrue();
        assertThat(written.calls()).isEqualTo(3);
        assertThat(read.items()).hasSize(60);
        assertThat(deleted.written()).isEqualTo(30);
        assertThat(toolkit.items().get("Users", Map.of("id", "user0"))).isEmpty();
        assertThat(toolkit.items().get("Users", Map.of("id", "user59"))).isPresent();
    }

    @Test
    void aTransferCommitsBothSidesOrNeither() {
        toolkit.tables().create(TableSpec.builder("Accounts").partitionKey("AccountID", ScalarAttributeType.S).build());
        toolkit.tables().create(keyedById("Users"));
        toolkit.items().put("Accounts", Map.of("AccountID", "acc123", "Balance", 150));

        toolkit.transaction()
                .put("Users", Map.of("id", "user123", "Name", "John Doe"))
                .update("Accounts", Map.of("AccountID", "acc123"),
                        Expression.of("SET Balance = Balance - :amount", Map.of(":amount", 100)),
                        Condition.attribute("Balance").ge(100))
                .commit();

        assertThatThrownBy(() -> toolkit.transaction()
                .put("Users", Map.of("id", "user456", "Name", "Jane Roe"))
                .update("Accounts", Map.of("AccountID", "acc123"),
                        Expression.of("SET Balance = Balance - :amount", Map.of(":amount", 100)),
                        Condition.attribute("Balance").ge(100))
                .commit())
                .isInstanceOfSatisfying(TransactionFailure.class, failure -> {
                    assertThat(failure.reasons()).extracting(TransactionFailure.ActionReason::code)
                            .containsExactly("None", "ConditionalCheckFailed");
                    assertThat(failure.reasons().get(1).item().get("Balance").n()).isEqualTo("50");
                    assertThat(failure.getMessage()).contains("Update Accounts {AccountID=acc123}: its condition was not met");
                });
        assertThat(toolkit.items().get("Users", Map.of("id", "user456"))).as("nothing of a cancelled transaction").isEmpty();
    }

    @Test
    void streamReaderSeesInsertModifyRemoveInOrderAndLatestOnlyNewRecords() {
        toolkit.tables().create(TableSpec.builder("Orders").partitionKey("id", ScalarAttributeType.S)
                .stream(StreamViewType.NEW_AND_OLD_IMAGES).build());
        toolkit.items().put("Orders", Map.of("id", "o1", "Status", "new"));
        toolkit.items().put("Orders", Map.of("id", "o1", "Status", "paid"));
        toolkit.items().delete("Orders", Map.of("id", "o1"));

        List<Record> history = toolkit.streams().readAll("Orders");
        var latest = toolkit.streams().open("Orders", ShardIteratorType.LATEST);
        toolkit.items().put("Orders", Map.of("id", "o2", "Status", "new"));

        assertThat(history).extracting(Record::eventName)
                .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
        assertThat(history.get(1).dynamodb().oldImage().get("Status").s()).isEqualTo("new");
        assertThat(latest.poll()).singleElement()
                .satisfies(record -> assertThat(record.dynamodb().keys().get("id").s()).isEqualTo("o2"));
    }

    @Test
    void pollUntilReturnsWhatArrivedAndStopsWaitingWhenPatienceRunsOut() {
        toolkit.tables().create(TableSpec.builder("Orders").partitionKey("id", ScalarAttributeType.S)
                .stream(StreamViewType.NEW_IMAGE).build());
        var cursor = toolkit.streams().open("Orders", ShardIteratorType.LATEST);
        toolkit.items().put("Orders", Map.of("id", "o1"));
        toolkit.items().put("Orders", Map.of("id", "o2"));

        List<Record> arrived = cursor.pollUntil(2, Duration.ofSeconds(30));
        List<Record> nothingMore = cursor.pollUntil(1, Duration.ofMillis(300));

        assertThat(arrived).extracting(record -> record.dynamodb().keys().get("id").s()).containsExactly("o1", "o2");
        assertThat(nothingMore).as("no write came after the first two: patience runs out with nothing").isEmpty();
    }
}
