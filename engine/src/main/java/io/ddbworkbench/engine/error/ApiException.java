package io.ddbworkbench.engine.error;

import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;

/**
 * An error answer from the engine: the service's error code and message, plus any extra members the service
 * puts in the error body (the old item for a failed condition, cancellation reasons for a transaction).
 * Thrown anywhere below an action; the protocol layer turns it into the wire response.
 */
public final class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final JsonObject extraMembers;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ApiException(ErrorCode code, String message, JsonObject extraMembers) {
        super(message, null, false, false);
        this.code = code;
        this.extraMembers = extraMembers;
    }

    public static ApiException validation(String message) {
        return new ApiException(ErrorCode.VALIDATION, message);
    }

    public static ApiException serialization(String message) {
        return new ApiException(ErrorCode.SERIALIZATION, message);
    }

    public static ApiException resourceNotFound(String message) {
        return new ApiException(ErrorCode.RESOURCE_NOT_FOUND, message);
    }

    public static ApiException resourceInUse(String message) {
        return new ApiException(ErrorCode.RESOURCE_IN_USE, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** The error body as the service sends it. */
    public JsonObject toJson() {
        JsonObject body = new JsonObject().put("__type", code.type());
        if (getMessage() != null) {
            body.put(code.messageMember(), getMessage());
        }
        if (extraMembers != null) {
            for (var member : extraMembers.entries()) {
                body.put(member.getKey(), (JsonValue) member.getValue());
            }
        }
        return body;
    }

    @Override
    public String toString() {
        return code.shortName() + ": " + getMessage();
    }
}
