package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import java.util.Map;

/**
 * What a Query's key condition selects: one partition, and optionally a range of sort keys within it.
 *
 * @param sortCondition null when the query reads the whole partition
 */
public record KeyConditions(String partitionKeyName, AttributeValue partitionValue, SortKeyCondition sortCondition) {

    public boolean hasSortCondition() {
        return sortCondition != null;
    }

    /**
     * Matches one condition per attribute (as written in a KeyConditionExpression or the legacy KeyConditions
     * map) against the key schema the query reads: the partition key with {@code =}, and at most a condition
     * on the sort key, with the service's messages for everything else.
     */
    public static KeyConditions forSchema(KeySchema schema, Map<String, SortKeyCondition> byAttribute) {
        KeyAttribute partition = schema.partitionKey();
        KeyAttribute sort = schema.sortKey();
        if (sort == null && byAttribute.size() > 1) {
            throw notSupported();
        }
        SortKeyCondition partitionCondition = byAttribute.get(partition.name());
        if (partitionCondition == null) {
            throw ApiException.validation("Query condition missed key schema element: " + partition.name());
        }
        requireKeyType(partitionCondition, partition);
        if (partitionCondition.operator() != SortKeyCondition.Operator.EQ) {
            throw notSupported();
        }
        SortKeyCondition sortCondition = null;
        if (sort != null) {
            sortCondition = byAttribute.get(sort.name());
            if (sortCondition == null && byAttribute.size() > 1) {
                throw ApiException.validation("Query condition missed key schema element: " + sort.name());
            }
            if (sortCondition != null) {
                requireKeyType(sortCondition, sort);
            }
        }
        return new KeyConditions(partition.name(), partitionCondition.values().get(0), sortCondition);
    }

    private static void requireKeyType(SortKeyCondition condition, KeyAttribute key) {
        for (AttributeValue value : condition.values()) {
            if (value.type() != key.type()) {
                throw ApiException.validation(
                        "One or more parameter values were invalid: Condition parameter type does not match schema type");
            }
        }
    }

    private static ApiException notSupported() {
        return ApiException.validation("Query key condition not supported");
    }
}
