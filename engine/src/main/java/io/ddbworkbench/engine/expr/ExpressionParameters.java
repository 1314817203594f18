package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules on which expression parameters a request may combine: expressions and their legacy counterparts
 * (Expected, AttributeUpdates, AttributesToGet, ...) exclude each other, and ExpressionAttributeNames/Values
 * need an expression to serve.
 */
public final class ExpressionParameters {
    private ExpressionParameters() {
    }

    /**
     * Checks one request. Both lists are in the order the service prints them; ProjectionExpression, if listed,
     * takes names but never values.
     */
    public static void check(JsonObject request, List<String> expressionParameters, List<String> legacyParameters) {
        List<String> expressions = present(request, expressionParameters);
        if (!expressions.isEmpty()) {
            List<String> legacy = present(request, legacyParameters);
            if (!legacy.isEmpty()) {
                throw ApiException.validation("Can not use both expression and non-expression parameters in the same"
                        + " request: Non-expression parameters: {" + String.join(", ", legacy) + "} Expression"
                        + " parameters: {" + String.join(", ", expressions) + "}");
            }
        }
        if (request.has("ExpressionAttributeNames") && expressions.isEmpty()) {
            throw ApiException.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        List<String> valueExpressions = new ArrayList<>(expressionParameters);
        valueExpressions.remove("ProjectionExpression");
        if (!valueExpressions.isEmpty() && request.has("ExpressionAttributeValues")
                && present(request, valueExpressions).isEmpty()) {
            throw ApiException.validation("ExpressionAttributeValues can only be specified when using expressions: "
                    + String.join(" and ", valueExpressions) + (valueExpressions.size() > 1 ? " are" : " is") + " null");
        }
    }

    private static List<String> present(JsonObject request, List<String> parameters) {
        List<String> present = new ArrayList<>();
        for (String parameter : parameters) {
            if (request.has(parameter)) {
                present.add(parameter);
            }
        }
        return present;
    }
}
