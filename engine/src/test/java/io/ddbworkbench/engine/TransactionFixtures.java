package io.ddbworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Transaction actions in one line each, and the check of a cancellation's reasons. */
final class TransactionFixtures {
    private TransactionFixtures() {
    }

    static TransactWriteItem put(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
    }

    static TransactWriteItem putIf(String table, Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder()
                .put(Put.builder().tableName(table).item(item).conditionExpression(condition).build()).build();
    }

    /** An update with its expression's values (a condition may use them too). */
    static TransactWriteItem update(String table, Map<String, AttributeValue> key, String expression,
                                    String condition, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key)
                .updateExpression(expression).conditionExpression(condition)
                .expressionAttributeValues(values).build()).build();
    }

    static TransactWriteItem delete(String table, Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key).build()).build();
    }

    static TransactWriteItem check(String table, Map<String, AttributeValue> key, String condition) {
        return check(table, key, condition, null);
    }

    static TransactWriteItem check(String table, Map<String, AttributeValue> key, String condition,
                                   Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table).key(key)
                .conditionExpression(condition).expressionAttributeValues(values).build()).build();
    }

    /** The call is refused for holding more than 100 actions; the service prints the whole list in the message. */
    static void assertTooManyActions(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.awsErrorDetails()
                .errorMessage()).matches("(?s)1 validation error detected: Value '\\[.+\\]' at 'transactItems' failed"
                        + " to satisfy constraint: Member must have length less than or equal to 100"));
    }

    /**
     * The call is cancelled with exactly these reason codes, in order, named in the service's message too.
     *
     * @return the reasons, for checks of their messages and items
     */
    static List<CancellationReason> assertCancelled(ThrowingCallable call, String... codes) {
        List<CancellationReason> reasons = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TransactionCanceledException");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Transaction cancelled, please refer"
                    + " cancellation reasons for specific reasons [" + String.join(", ", codes) + "]");
            assertThat(e.cancellationReasons()).extracting(CancellationReason::code).containsExactly(codes);
            reasons.addAll(e.cancellationReasons());
        });
        return reasons;
    }
}
