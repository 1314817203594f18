package io.ddbworkbench.toolkit.error;

import java.util.Objects;

/**
 * A DynamoDB call that failed, told in one line with the usual fix. The service's own exception stays
 * attached as the cause, so nothing it said is lost and callers can still catch on its type via
 * {@link #getCause()}.
 */
public class DynamoDbFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final String hint;

    public DynamoDbFailure(String errorCode, String detail, String hint, Throwable cause) {
        super(errorCode + ": " + detail + " | Hint: " + hint, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /** The service's error code ({@code ConditionalCheckFailedException}, ...), or the client-side error's name. */
    public String errorCode() {
        return errorCode;
    }

    /** What usually fixes this error. */
    public String hint() {
        return hint;
    }
}
