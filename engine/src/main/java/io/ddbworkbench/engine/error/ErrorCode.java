package io.ddbworkbench.engine.error;

/**
 * Every error the engine can answer with, carrying the exact {@code __type} and HTTP status the real service
 * uses. The namespace differs by layer on the service: request framing and authentication errors come from
 * {@code com.amazon.coral.service}, parameter validation from {@code com.amazon.coral.validate}, and
 * DynamoDB's own errors from {@code com.amazonaws.dynamodb.v20120810}. SDKs read the part after the '#'.
 */
public enum ErrorCode {
    SERIALIZATION(Namespace.CORAL_SERVICE, "SerializationException", 400),
    UNKNOWN_OPERATION(Namespace.CORAL_SERVICE, "UnknownOperationException", 400),
    MISSING_AUTHENTICATION_TOKEN(Namespace.CORAL_SERVICE, "MissingAuthenticationTokenException", 400),
    INCOMPLETE_SIGNATURE(Namespace.CORAL_SERVICE, "IncompleteSignatureException", 400),
    INVALID_SIGNATURE(Namespace.CORAL_SERVICE, "InvalidSignatureException", 400),
    UNRECOGNIZED_CLIENT(Namespace.CORAL_SERVICE, "UnrecognizedClientException", 400),
    ACCESS_DENIED(Namespace.CORAL_SERVICE, "AccessDeniedException", 400),
    REQUEST_ENTITY_TOO_LARGE(Namespace.CORAL_SERVICE, "RequestEntityTooLargeException", 413),
    VALIDATION(Namespace.CORAL_VALIDATE, "ValidationException", 400),
    RESOURCE_NOT_FOUND(Namespace.DYNAMODB, "ResourceNotFoundException", 400),
    RESOURCE_IN_USE(Namespace.DYNAMODB, "ResourceInUseException", 400),
    CONDITIONAL_CHECK_FAILED(Namespace.DYNAMODB, "ConditionalCheckFailedException", 400),
    PROVISIONED_THROUGHPUT_EXCEEDED(Namespace.DYNAMODB, "ProvisionedThroughputExceededException", 400),
    THROTTLING(Namespace.DYNAMODB, "ThrottlingException", 400),
    REQUEST_LIMIT_EXCEEDED(Namespace.DYNAMODB, "RequestLimitExceeded", 400),
    ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED(Namespace.DYNAMODB, "ItemCollectionSizeLimitExceededException", 400),
    LIMIT_EXCEEDED(Namespace.DYNAMODB, "LimitExceededException", 400),
    TRANSACTION_CANCELED(Namespace.DYNAMODB, "TransactionCanceledException", 400),
    TRANSACTION_CONFLICT(Namespace.DYNAMODB, "TransactionConflictException", 400),
    TRANSACTION_IN_PROGRESS(Namespace.DYNAMODB, "TransactionInProgressException", 400),
    IDEMPOTENT_PARAMETER_MISMATCH(Namespace.DYNAMODB, "IdempotentParameterMismatchException", 400),
    EXPIRED_ITERATOR(Namespace.DYNAMODB, "ExpiredIteratorException", 400),
    TRIMMED_DATA_ACCESS(Namespace.DYNAMODB, "TrimmedDataAccessException", 400),
    INTERNAL_SERVER_ERROR(Namespace.DYNAMODB, "InternalServerError", 500);

    private final String type;
    private final String shortName;
    private final int httpStatus;

    ErrorCode(String namespace, String shortName, int httpStatus) {
        this.type = namespace + "#" + shortName;
        this.shortName = shortName;
        this.httpStatus = httpStatus;
    }

    /** The full {@code __type} value, namespace included. */
    public String type() {
        return type;
    }

    /**
     * The member the error body carries its message in. The service capitalises it for a cancelled transaction
     * (next to its CancellationReasons) and writes {@code message} everywhere else; SDKs accept both.
     */
    public String messageMember() {
        return this == TRANSACTION_CANCELED ? "Message" : "message";
    }

    /** The name after the '#', which is what SDKs turn into an exception class. */
    public String shortName() {
        return shortName;
    }

    public int httpStatus() {
        return httpStatus;
    }

    private static final class Namespace {
        static final String CORAL_SERVICE = "com.amazon.coral.service";
        static final String CORAL_VALIDATE = "com.amazon.coral.validate";
        static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810";
    }
}
