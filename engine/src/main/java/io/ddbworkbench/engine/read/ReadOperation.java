package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/**
 * Query or Scan. They share almost every rule, but the service words a few of them differently for each, and
 * learners compare those messages character for character.
 */
public enum ReadOperation {
    QUERY("QueryFilter", List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"),
            List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions")),
    SCAN("ScanFilter", List.of("ProjectionExpression", "FilterExpression"),
            List.of("AttributesToGet", "ScanFilter", "ConditionalOperator"));

    private final String legacyFilter;
    private final List<String> expressionParameters;
    private final List<String> legacyParameters;

    ReadOperation(String legacyFilter, List<String> expressionParameters, List<String> legacyParameters) {
        this.legacyFilter = legacyFilter;
        this.expressionParameters = expressionParameters;
        this.legacyParameters = legacyParameters;
    }

    /** The legacy filter member: QueryFilter or ScanFilter. */
    public String legacyFilter() {
        return legacyFilter;
    }

    /** The expression members, in the order the service lists them. */
    public List<String> expressionParameters() {
        return expressionParameters;
    }

    /** The non-expression members they exclude, in the order the service lists them. */
    public List<String> legacyParameters() {
        return legacyParameters;
    }

    /** The Limit violation: Query's message names no value and capitalises the member, Scan's does neither. */
    void constrainLimit(Constraints check, Long limit) {
        if (limit == null || limit >= 1) {
            return;
        }
        if (this == QUERY) {
            check.addWithoutValue("Limit", "Member must have value greater than or equal to 1");
        } else {
            check.range("limit", limit, 1, Long.MAX_VALUE);
        }
    }

    /** Query reports the Select rules inside the validation envelope, Scan reports them bare. */
    String selectMessage(String problem) {
        return this == QUERY ? "1 validation error detected: " + problem : problem;
    }

    /** The message for a start key that does not fit the key schema read. */
    String invalidStartKey(boolean indexRead) {
        return this == SCAN && !indexRead
                ? "The provided starting key is invalid: The provided key element does not match the schema"
                : "The provided starting key is invalid";
    }
}
