package io.ddbworkbench.toolkit.query;

import io.ddbworkbench.toolkit.expression.ExpressionAttributes;
import io.ddbworkbench.toolkit.expression.KeyCondition;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A query: one partition (of the table or an index), optionally narrowed on the sort key, read in sort key
 * order, ascending unless {@link #scanForward(boolean) scanForward(false)}.
 */
public final class QuerySpec extends ReadOptions<QuerySpec> {
    private final String table;
    private final KeyCondition keyCondition;
    private boolean scanForward = true;

    private QuerySpec(String table, KeyCondition keyCondition) {
        this.table = Objects.requireNonNull(table, "table");
        this.keyCondition = Objects.requireNonNull(keyCondition, "keyCondition");
    }

    public static QuerySpec of(String table, KeyCondition keyCondition) {
        return new QuerySpec(table, keyCondition);
    }

    /** False reads newest (highest sort key) first: "top 10" with {@link #limit(int)}. */
    public QuerySpec scanForward(boolean value) {
        scanForward = value;
        return this;
    }

    @Override
    QuerySpec self() {
        return this;
    }

    QueryRequest toRequest(Map<String, AttributeValue> exclusiveStartKey) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        return QueryRequest.builder()
                .tableName(table)
                .indexName(indexName)
                .keyConditionExpression(attributes.add(keyCondition.toExpression()))
                .filterExpression(filterText(attributes))
                .projectionExpression(projectionText(attributes))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .scanIndexForward(scanForward)
                .consistentRead(consistentRead)
                .limit(limit)
                .exclusiveStartKey(exclusiveStartKey)
                .build();
    }
}
