package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.error.ApiException;

/** The five places an expression appears in a request; each names itself in its error messages. */
public enum ExpressionKind {
    CONDITION("ConditionExpression"),
    FILTER("FilterExpression"),
    KEY_CONDITION("KeyConditionExpression"),
    PROJECTION("ProjectionExpression"),
    UPDATE("UpdateExpression");

    private final String parameterName;

    ExpressionKind(String parameterName) {
        this.parameterName = parameterName;
    }

    /** The request parameter, as it appears in messages ("Invalid ConditionExpression: ..."). */
    public String parameterName() {
        return parameterName;
    }

    /** True for the kinds written as conditions (and parsed by the condition grammar). */
    public boolean isCondition() {
        return this == CONDITION || this == FILTER || this == KEY_CONDITION;
    }

    /** The service's ValidationException for a problem in an expression of this kind. */
    public ApiException invalid(String problem) {
        return ApiException.validation("Invalid " + parameterName + ": " + problem);
    }
}
