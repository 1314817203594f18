package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeValue;

/**
 * What a Query's key condition selects: one partition, and optionally a range of sort keys within it.
 *
 * @param sortCondition null when the query reads the whole partition
 */
public record KeyConditions(String partitionKeyName, AttributeValue partitionValue, SortKeyCondition sortCondition) {

    public boolean hasSortCondition() {
        return sortCondition != null;
    }
}
