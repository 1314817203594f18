package io.ddbworkbench.toolkit.error;

import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The troubleshooting table, made executable: each error the service (or the client) raises, mapped to the
 * fix that usually works. {@link #call} runs an SDK call and rethrows its failure as a
 * {@link DynamoDbFailure} carrying that hint and the original exception.
 */
public final class ErrorHints {
    private static final Map<String, String> BY_ERROR_CODE = Map.ofEntries(
            // tag::hints[]
            Map.entry("ProvisionedThroughputExceededException", "Requests exceed the provisioned read or write "
                    + "capacity (the SDK already retried with backoff): raise the capacity, enable auto scaling, "
                    + "switch the table to on-demand (PAY_PER_REQUEST), or spread the load over more partition keys"),
            Map.entry("ThrottlingException", "The request rate is too high for this table, index or control-plane "
                    + "action: retry with exponential backoff and spread traffic over time and keys"),
            Map.entry("RequestLimitExceeded", "The account's throughput quota is exhausted: slow down with backoff, "
                    + "or ask AWS for a higher quota"),
            Map.entry("ValidationException", "The request does not match the table: check attribute types, give "
                    + "the key exactly the table's key attributes with their declared types, and define every "
                    + "#name and :value an expression uses (and use every one you define)"),
            Map.entry("ConditionalCheckFailedException", "The item did not meet the condition expression: the "
                    + "condition is working as designed; re-read the item (ReturnValuesOnConditionCheckFailure "
                    + "shows it) and, for optimistic locking, retry with the current version"),
            Map.entry("ResourceNotFoundException", "No such table or index here: check its name, the region and "
                    + "the endpoint the client uses, and wait until a new table is ACTIVE"),
            // end::hints[]
            Map.entry("ResourceInUseException", "The table already exists or is being created, updated or "
                    + "deleted: wait for ACTIVE (or for deletion to finish), or use create-if-missing"),
            Map.entry("TransactionCanceledException", "At least one action in the transaction failed and none was "
                    + "applied: see each action's reason"),
            Map.entry("TransactionConflictException", "Another transaction is working on the same item: retry "
                    + "after a short backoff"),
            Map.entry("TransactionInProgressException", "A transaction with this client request token is still "
                    + "running: wait and retry with the same token"),
            Map.entry("IdempotentParameterMismatchException", "The client request token was reused with a "
                    + "different request: use a new token for a different transaction"),
            Map.entry("ItemCollectionSizeLimitExceededException", "An item collection of a table with local "
                    + "secondary indexes passed 10 GB: spread items over more partition key values or drop the LSI"),
            Map.entry("LimitExceededException", "Too many control-plane operations at once (or too many tables or "
                    + "indexes): run fewer CreateTable/UpdateTable/DeleteTable calls in parallel"),
            Map.entry("UnrecognizedClientException", "The credentials were not accepted: check the access key and "
                    + "the region, or that the endpoint is the DynamoDB you meant"),
            Map.entry("AccessDeniedException", "The caller's IAM policy does not allow this action on this "
                    + "resource: add the dynamodb:<Action> permission for the table (and its indexes)"),
            Map.entry("SerializationException", "The request body is not what the service expects: a value has the "
                    + "wrong shape (a number given as a string, a missing type descriptor)"),
            Map.entry("InternalServerError", "The service failed internally: retry with backoff"));

    private static final String CLIENT_SIDE = "The request did not reach DynamoDB: check that something listens at "
            + "the endpoint (DDB_ENDPOINT), the network, and that credentials and region are configured";
    private static final String UNKNOWN = "See the attached exception; the AWS DynamoDB error reference lists "
            + "every error code";

    private ErrorHints() {
    }

    /** The usual fix for an error code, or a pointer to the error reference for codes it does not know. */
    public static String hintFor(String errorCode) {
        return BY_ERROR_CODE.getOrDefault(errorCode, UNKNOWN);
    }

    /** Explains any SDK failure. Transaction cancellations get each action's reason in plain words. */
    public static DynamoDbFailure explain(SdkException failure) {
        if (failure instanceof TransactionCanceledException) {
            return TransactionFailure.of((TransactionCanceledException) failure, index -> "action " + (index + 1));
        }
        if (failure instanceof AwsServiceException) {
            AwsServiceException service = (AwsServiceException) failure;
            String code = service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null
                    ? service.awsErrorDetails().errorCode() : service.getClass().getSimpleName();
            String detail = service.awsErrorDetails() != null && service.awsErrorDetails().errorMessage() != null
                    ? service.awsErrorDetails().errorMessage() : service.getMessage();
            return new DynamoDbFailure(code, detail, hintFor(code), failure);
        }
        if (failure instanceof SdkClientException) {
            return new DynamoDbFailure("SdkClientException", failure.getMessage(), CLIENT_SIDE, failure);
        }
        return new DynamoDbFailure(failure.getClass().getSimpleName(), failure.getMessage(), UNKNOWN, failure);
    }

    /** Runs one SDK call; a failure comes back as a {@link DynamoDbFailure} with its hint. */
    public static <T> T call(Supplier<T> sdkCall) {
        try {
            return sdkCall.get();
        } catch (SdkException e) {
            throw explain(e);
        }
    }
}
