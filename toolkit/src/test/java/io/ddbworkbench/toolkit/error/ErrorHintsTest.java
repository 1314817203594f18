package io.ddbworkbench.toolkit.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The original README's troubleshooting table, row by row, plus the client-side and transaction cases. */
class ErrorHintsTest {

    @Test
    void throughputExceededSuggestsCapacityOrOnDemand() {
        ProvisionedThroughputExceededException thrown = ProvisionedThroughputExceededException.builder()
                .awsErrorDetails(details("ProvisionedThroughputExceededException",
                        "The level of configured provisioned throughput for the table was exceeded. "
                                + "Consider increasing your provisioning level with the UpdateTable API."))
                .build();

        DynamoDbFailure failure = ErrorHints.explain(thrown);

        assertThat(failure.getCause()).isSameAs(thrown);
        assertThat(failure.errorCode()).isEqualTo("ProvisionedThroughputExceededException");
        assertThat(failure.hint()).contains("switch the table to on-demand (PAY_PER_REQUEST)");
        assertThat(failure.getMessage()).startsWith("ProvisionedThroughputExceededException: The level of "
                + "configured provisioned throughput for the table was exceeded.").doesNotContain("\n");
    }

    @Test
    void validationPointsAtTypesAndKeySchema() {
        assertThat(ErrorHints.hintFor("ValidationException"))
                .contains("check attribute types", "the table's key attributes");
    }

    @Test
    void conditionalCheckFailedExplainsTheCondition() {
        DynamoDbFailure failure = ErrorHints.explain(ConditionalCheckFailedException.builder()
                .awsErrorDetails(details("ConditionalCheckFailedException", "The conditional request failed"))
                .build());

        assertThat(failure.getMessage()).startsWith("ConditionalCheckFailedException: The conditional request failed"
                + " | Hint: The item did not meet the condition expression");
    }

    @Test
    void resourceNotFoundPointsAtNameRegionAndEndpoint() {
        assertThatThrownBy(() -> ErrorHints.call(() -> {
            throw ResourceNotFoundException.builder()
                    .awsErrorDetails(details("ResourceNotFoundException", "Requested resource not found"))
                    .build();
        }))
                .isInstanceOf(DynamoDbFailure.class)
                .hasMessageContaining("check its name, the region and the endpoint")
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void clientSideFailuresTalkAboutTheEndpoint() {
        DynamoDbFailure failure = ErrorHints.explain(SdkClientException.create("Unable to execute HTTP request: "
                + "Connection refused"));

        assertThat(failure.errorCode()).isEqualTo("SdkClientException");
        assertThat(failure.hint()).contains("something listens at the endpoint");
    }

    @Test
    void unknownCodesPointToTheErrorReference() {
        assertThat(ErrorHints.hintFor("BrandNewException")).contains("error reference");
    }

    @Test
    void transactionCancellationListsEachActionsReason() {
        TransactionCanceledException cancelled = TransactionCanceledException.builder()
                .awsErrorDetails(details("TransactionCanceledException", "Transaction cancelled, please refer "
                        + "cancellation reasons for specific reasons [None, ConditionalCheckFailed]"))
                .cancellationReasons(
                        CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code("ConditionalCheckFailed")
                                .message("The conditional request failed")
                                .item(Map.of("Balance", AttributeValue.fromN("50"))).build())
                .build();

        TransactionFailure failure = TransactionFailure.of(cancelled,
                index -> index == 0 ? "Put Users {UserID=user123}" : "Update Accounts {AccountID=acc123}");

        assertThat(failure.reasons()).extracting(TransactionFailure.ActionReason::code)
                .containsExactly("None", "ConditionalCheckFailed");
        assertThat(failure.reasons().get(1).item()).containsEntry("Balance", AttributeValue.fromN("50"));
        assertThat(failure.getMessage()).isEqualTo("TransactionCanceledException: Update Accounts "
                + "{AccountID=acc123}: its condition was not met (The conditional request failed) | Hint: At least "
                + "one action in the transaction failed and none was applied: see each action's reason");
    }

    private static AwsErrorDetails details(String code, String message) {
        return AwsErrorDetails.builder().errorCode(code).errorMessage(message).build();
    }
}
