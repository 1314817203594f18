package io.ddbworkbench.toolkit.transact;

import io.ddbworkbench.toolkit.error.ErrorHints;
import io.ddbworkbench.toolkit.error.TransactionFailure;
import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.expression.ExpressionAttributes;
import io.ddbworkbench.toolkit.item.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Up to 100 puts, updates, deletes and condition checks that succeed or fail together, in any tables of the
 * account. When the service cancels the transaction, {@link #commit()} throws a {@link TransactionFailure}
 * naming each failed action and why, with the item as it was when a condition failed.
 *
 * <pre>{@code
 * toolkit.transaction()
 *         .put("Users", Map.of("UserID", "user123", "Name", "John Doe"))
 *         .update("Accounts", Map.of("AccountID", "acc123"),
 *                 Expression.of("SET Balance = Balance - :amount", Map.of(":amount", 100)),
 *                 Condition.attribute("Balance").ge(100))
 *         .commit();
 * }</pre>
 */
public final class WriteTransaction {
    /** TransactWriteItems takes at most 100 actions. */
    public static final int MAX_ACTIONS = 100;

    private final DynamoDbClient client;
    private final List<TransactWriteItem> actions = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private String idempotencyToken;

    public WriteTransaction(DynamoDbClient client) {
        this.client = client;
    }

    public WriteTransaction put(String table, Map<String, ?> item) {
        return put(table, item, null);
    }

    /** Puts the item if {@code condition} holds for the item stored under its key now. */
    public WriteTransaction put(String table, Map<String, ?> item, Condition condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        String conditionText = attributes.add(conditionExpression(condition));
        return add("Put into " + table, TransactWriteItem.builder().put(put -> put.tableName(table)
                .item(Values.item(item))
                .conditionExpression(conditionText)
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .returnValuesOnConditionCheckFailure(returnOldItem(condition)))
                .build());
    }

    public WriteTransaction update(String table, Map<String, ?> key, Expression update) {
        return update(table, key, update, null);
    }

    /** Applies the update expression if {@code condition} holds. */
    public WriteTransaction update(String table, Map<String, ?> key, Expression update, Condition condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        String updateText = attributes.add(update);
        String conditionText = attributes.add(conditionExpression(condition));
        return add("Update " + table + " " + key, TransactWriteItem.builder().update(change -> change.tableName(table)
                .key(Values.item(key))
                .updateExpression(updateText)
                .conditionExpression(conditionText)
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .returnValuesOnConditionCheckFailure(returnOldItem(condition)))
                .build());
    }

    public WriteTransaction delete(String table, Map<String, ?> key) {
        return delete(table, key, null);
    }

    /** Deletes the item if {@code condition} holds. */
    public WriteTransaction delete(String table, Map<String, ?> key, Condition condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        String conditionText = attributes.add(conditionExpression(condition));
        return add("Delete from " + table + " " + key, TransactWriteItem.builder().delete(delete -> delete
                .tableName(table)
                .key(Values.item(key))
                .conditionExpression(conditionText)
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .returnValuesOnConditionCheckFailure(returnOldItem(condition)))
                .build());
    }

    /** Writes nothing to this item, but cancels the whole transaction unless {@code condition} holds. */
    public WriteTransaction conditionCheck(String table, Map<String, ?> key, Condition condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        String conditionText = attributes.add(condition.toExpression("c"));
        return add("Check " + table + " " + key, TransactWriteItem.builder().conditionCheck(check -> check
                .tableName(table)
                .key(Values.item(key))
                .conditionExpression(conditionText)
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                .build());
    }

    /**
     * Makes retries safe: the service applies a transaction with the same token at most once within ten
     * minutes.
     */
    public WriteTransaction idempotencyToken(String token) {
        idempotencyToken = token;
        return this;
    }

    /** The actions so far, described for people, in order. */
    public List<String> describe() {
        return List.copyOf(descriptions);
    }

    /**
     * Runs the transaction.
     *
     * @throws TransactionFailure when the service cancelled it; {@link TransactionFailure#reasons()} has one
     *                            entry per action
     */
    public void commit() {
        if (actions.isEmpty()) {
            throw new IllegalStateException("a transaction needs at least one action");
        }
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
                .transactItems(actions)
                .clientRequestToken(idempotencyToken)
                .build();
        try {
            client.transactWriteItems(request);
        } catch (TransactionCanceledException cancelled) {
            throw TransactionFailure.of(cancelled, descriptions::get);
        } catch (SdkException e) {
            throw ErrorHints.explain(e);
        }
    }

    private WriteTransaction add(String description, TransactWriteItem action) {
        if (actions.size() == MAX_ACTIONS) {
            throw new IllegalStateException("a transaction holds at most " + MAX_ACTIONS + " actions");
        }
        actions.add(action);
        descriptions.add(description);
        return this;
    }

    private static Expression conditionExpression(Condition condition) {
        return condition == null ? null : condition.toExpression("c");
    }

    private static ReturnValuesOnConditionCheckFailure returnOldItem(Condition condition) {
        return condition == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD;
    }
}
