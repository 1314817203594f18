package io.ddbworkbench.toolkit.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A cancelled transaction, with one plain-words reason per action, in the order the actions were given. The
 * service reports "None" for actions that were fine; only the others explain the cancellation.
 */
public final class TransactionFailure extends DynamoDbFailure {
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PLAIN_WORDS = Map.of(
            "None", "fine (cancelled only because another action failed)",
            "ConditionalCheckFailed", "its condition was not met",
            "ItemCollectionSizeLimitExceeded", "the item collection would pass 10 GB",
            "TransactionConflict", "another transaction or write was working on the same item",
            "ProvisionedThroughputExceeded", "the table or index ran out of provisioned capacity",
            "ThrottlingError", "the request was throttled",
            "ValidationError", "the action itself is invalid");

    private final transient List<ActionReason> reasons;

    private TransactionFailure(String detail, List<ActionReason> reasons, TransactionCanceledException cause) {
        super("TransactionCanceledException", detail, ErrorHints.hintFor("TransactionCanceledException"), cause);
        this.reasons = Collections.unmodifiableList(reasons);
    }

    /**
     * @param describe names action {@code i} (zero-based) for people, e.g. "Update Accounts {id=acc1}"
     */
    public static TransactionFailure of(TransactionCanceledException cancelled, IntFunction<String> describe) {
        List<ActionReason> reasons = new ArrayList<>();
        List<CancellationReason> reported = cancelled.hasCancellationReasons()
                ? cancelled.cancellationReasons() : List.of();
        for (int i = 0; i < reported.size(); i++) {
            CancellationReason reason = reported.get(i);
            String code = reason.code() == null ? "None" : reason.code();
            String words = PLAIN_WORDS.getOrDefault(code, code);
            if (reason.message() != null && !"None".equals(code)) {
                words = words + " (" + reason.message() + ")";
            }
            reasons.add(new ActionReason(i, describe.apply(i), code, words,
                    reason.hasItem() ? reason.item() : Map.of()));
        }
        String failed = reasons.stream().filter(ActionReason::failed)
                .map(reason -> reason.action() + ": " + reason.explanation())
                .collect(Collectors.joining("; "));
        return new TransactionFailure(failed.isEmpty() ? cancelled.getMessage() : failed, reasons, cancelled);
    }

    /** One reason per action, including the actions that were fine. */
    public List<ActionReason> reasons() {
        return reasons;
    }

    /**
     * Why one action of the transaction did not go through.
     *
     * @param item the item as it was, when the action asked for ReturnValuesOnConditionCheckFailure
     */
    public record ActionReason(int index, String action, String code, String explanation,
                               Map<String, AttributeValue> item) {
        public boolean failed() {
            return !"None".equals(code);
        }
    }
}
