package io.ddbworkbench.engine.action.item;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.expr.ConditionExpression;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.ExpressionKind;
import io.ddbworkbench.engine.expr.LegacyConditions;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import java.util.List;

/**
 * The condition a write must meet, given either as a ConditionExpression or as the legacy Expected map (never
 * both), checked against the item as it is when the write runs.
 */
public final class WriteCondition {
    private static final WriteCondition NONE = new WriteCondition(null, null);

    private final ConditionExpression expression;
    private final LegacyConditions expected;

    private WriteCondition(ConditionExpression expression, LegacyConditions expected) {
        this.expression = expression;
        this.expected = expected;
    }

    /** The legacy Expected condition of a request, checked with the service's messages, or none. */
    public static WriteCondition fromExpected(JsonObject request) {
        JsonObject expected = JsonFields.map(request, "Expected");
        if (expected == null) {
            return NONE;
        }
        return new WriteCondition(null,
                LegacyConditions.readExpected(expected, JsonFields.string(request, "ConditionalOperator")));
    }

    /** The request's ConditionExpression, checked with the service's messages, or none. */
    public static WriteCondition fromExpression(JsonObject request, ExpressionAttributes attributes) {
        String text = JsonFields.string(request, "ConditionExpression");
        if (text == null) {
            return NONE;
        }
        return new WriteCondition(ConditionExpression.parse(ExpressionKind.CONDITION, text, attributes), null);
    }

    /** Combines the legacy and expression forms; the request rules let at most one be present. */
    public WriteCondition or(WriteCondition other) {
        return expression == null && expected == null ? other : this;
    }

    /** The document paths an expression condition reads (none for the legacy form, which names attributes). */
    public List<DocumentPath> paths() {
        return expression == null ? List.of() : expression.paths();
    }

    /** True when the current item (null: absent) meets the condition; no condition is always met. */
    public boolean isMetBy(Item current) {
        return expression != null ? expression.matches(current) : expected == null || expected.matches(current);
    }

    /**
     * Throws ConditionalCheckFailedException unless the current item (null: absent) meets the condition. With
     * {@code returnItem} (ReturnValuesOnConditionCheckFailure = ALL_OLD) the exception carries the item.
     */
    public void require(Item current, boolean returnItem) {
        if (!isMetBy(current)) {
            JsonObject extra = null;
            if (returnItem && current != null) {
                extra = new JsonObject().put("Item", AttributeValueJson.writeItem(current));
            }
            throw new ApiException(ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed", extra);
        }
    }
}
