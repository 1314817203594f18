package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.error.ApiException;

/** The operation-layer ValidationException family, which all begin with the same prefix on the service. */
public final class InvalidParameter {
    private static final String PREFIX = "One or more parameter values were invalid: ";

    private InvalidParameter() {
    }

    public static ApiException of(String detail) {
        return ApiException.validation(PREFIX + detail);
    }
}
