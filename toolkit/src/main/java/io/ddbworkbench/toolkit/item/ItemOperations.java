package io.ddbworkbench.toolkit.item;

import io.ddbworkbench.toolkit.error.ErrorHints;
import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.expression.ExpressionAttributes;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Single-item reads and writes with plain Java values in and out. Every failure arrives as a
 * {@link io.ddbworkbench.toolkit.error.DynamoDbFailure} carrying the usual fix and the service's exception.
 */
public final class ItemOperations {
    private final DynamoDbClient client;
    private final DynamoDbEnhancedClient enhanced;

    public ItemOperations(DynamoDbClient client, DynamoDbEnhancedClient enhanced) {
        this.client = client;
        this.enhanced = enhanced;
    }

    /** Writes the whole item, replacing any item with the same key. */
    public void put(String table, Map<String, ?> item) {
        put(table, item, null);
    }

    /**
     * Writes the item only if {@code condition} holds for the item currently stored under its key, e.g.
     * {@code Condition.attribute("UserID").notExists()} to never overwrite.
     */
    public void put(String table, Map<String, ?> item, Condition condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        PutItemRequest request = PutItemRequest.builder()
                .tableName(table)
                .item(Values.item(item))
                .conditionExpression(attributes.add(condition == null ? null : condition.toExpression("c")))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .build();
        ErrorHints.call(() -> client.putItem(request));
    }

    /** Writes an annotated bean ({@code @DynamoDbBean}) through the enhanced client. */
    public <T> void putBean(String table, Class<T> beanType, T bean) {
        ErrorHints.call(() -> {
            enhanced.table(table, TableSchema.fromBean(beanType)).putItem(bean);
            return null;
        });
    }

    /** Reads an annotated bean by key, or empty when no item has this key. */
    public <T> Optional<T> getBean(String table, Class<T> beanType, T keyBean) {
        return Optional.ofNullable(ErrorHints.call(() ->
                enhanced.table(table, TableSchema.fromBean(beanType)).getItem(keyBean)));
    }

    /** An eventually consistent read of the whole item. */
    public Optional<Map<String, AttributeValue>> get(String table, Map<String, ?> key) {
        return get(table, key, false);
    }

    /**
     * @param consistentRead true to see every write acknowledged before this call (costs twice as much)
     * @param attributes     the attributes to return (a projection); none means all
     */
    public Optional<Map<String, AttributeValue>> get(String table, Map<String, ?> key, boolean consistentRead,
                                                     String... attributes) {
        ExpressionAttributes expressions = new ExpressionAttributes();
        GetItemRequest request = GetItemRequest.builder()
                .tableName(table)
                .key(Values.item(key))
                .consistentRead(consistentRead)
                .projectionExpression(expressions.add(
                        attributes.length == 0 ? null : Expression.projection(attributes)))
                .expressionAttributeNames(expressions.names())
                .build();
        return Optional.of(ErrorHints.call(() -> client.getItem(request)))
                .filter(response -> response.hasItem())
                .map(response -> response.item());
    }

    /**
     * Applies an update expression such as {@code SET Age = :age, LastLogin = :login}, optionally only when
     * {@code condition} holds, and returns the attributes {@code returnValues} asks for (empty map for NONE).
     */
    public Map<String, AttributeValue> update(String table, Map<String, ?> key, Expression update,
                                              Expression condition, ReturnValue returnValues) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        UpdateItemRequest request = UpdateItemRequest.builder()
                .tableName(table)
                .key(Values.item(key))
                .updateExpression(attributes.add(update))
                .conditionExpression(attributes.add(condition))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .returnValues(returnValues)
                .build();
        return ErrorHints.call(() -> client.updateItem(request)).attributes();
    }

    /** An unconditional update that returns the changed attributes' new values. */
    public Map<String, AttributeValue> update(String table, Map<String, ?> key, Expression update) {
        return update(table, key, update, null, ReturnValue.UPDATED_NEW);
    }

    /**
     * Adds {@code delta} to a numeric attribute, starting from zero when it does not exist yet, atomically
     * on the server ({@code SET c = if_not_exists(c, :zero) + :delta}): concurrent callers never lose an
     * increment. Returns the new value.
     */
    public BigDecimal increment(String table, Map<String, ?> key, String counter, long delta) {
        Expression expression = Expression.of("SET #counter = if_not_exists(#counter, :zero) + :delta",
                Map.of("#counter", counter), Map.of(":zero", 0, ":delta", delta));
        return new BigDecimal(update(table, key, expression).get(counter).n());
    }

    /** Deletes the item (if any) and returns what it held. */
    public Optional<Map<String, AttributeValue>> delete(String table, Map<String, ?> key) {
        return delete(table, key, null);
    }

    /** Deletes the item only when {@code condition} holds; returns what it held. */
    public Optional<Map<String, AttributeValue>> delete(String table, Map<String, ?> key, Condition condition) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        DeleteItemRequest request = DeleteItemRequest.builder()
                .tableName(table)
                .key(Values.item(key))
                .conditionExpression(attributes.add(condition == null ? null : condition.toExpression("c")))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .returnValues(ReturnValue.ALL_OLD)
                .build();
        return Optional.of(ErrorHints.call(() -> client.deleteItem(request)))
                .filter(response -> response.hasAttributes() && !response.attributes().isEmpty())
                .map(response -> response.attributes());
    }
}
