package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * Why one action of a cancelled transaction could not go ahead, in the service's codes and messages. Every
 * action gets one, in request order; an action that would have succeeded gets {@code None} and no message.
 *
 * @param item the item as it was, for a failed condition whose action asked for it (ALL_OLD)
 */
public record CancellationReason(String code, String message, Item item) {
    public static final CancellationReason NONE = new CancellationReason("None", null, null);

    public static CancellationReason conditionalCheckFailed(Item item) {
        return new CancellationReason("ConditionalCheckFailed", "The conditional request failed", item);
    }

    public static CancellationReason validationError(String message) {
        return new CancellationReason("ValidationError", message, null);
    }

    /** Another transaction holds the item (here: injected on purpose, so retry code can be practised). */
    public static CancellationReason transactionConflict() {
        return new CancellationReason("TransactionConflict", "Transaction is ongoing for the item.", null);
    }

    /** The write would grow an item collection (a partition of a table with local indexes) past its limit. */
    public static CancellationReason itemCollectionSizeLimitExceeded(String message) {
        return new CancellationReason("ItemCollectionSizeLimitExceeded", message, null);
    }

    public static CancellationReason throughputExceeded(String message) {
        return new CancellationReason("ProvisionedThroughputExceeded", message, null);
    }

    /** True for every code but None. */
    public boolean cancels() {
        return !NONE.code.equals(code);
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject().put("Code", code).put("Message", message);
        if (item != null) {
            json.put("Item", AttributeValueJson.writeItem(item));
        }
        return json;
    }

    /** The TransactionCanceledException listing every action's reason, codes repeated in the message. */
    public static ApiException cancel(List<CancellationReason> reasons) {
        List<String> codes = new ArrayList<>(reasons.size());
        JsonArray json = new JsonArray();
        for (CancellationReason reason : reasons) {
            codes.add(reason.code());
            json.add(reason.toJson());
        }
        return new ApiException(ErrorCode.TRANSACTION_CANCELED, "Transaction cancelled, please refer cancellation"
                + " reasons for specific reasons [" + String.join(", ", codes) + "]",
                new JsonObject().put("CancellationReasons", json));
    }

    /** A cancellation where one action meets {@code reason} and every other would have succeeded. */
    public static ApiException cancelOne(int actions, int failing, CancellationReason reason) {
        List<CancellationReason> reasons = new ArrayList<>(actions);
        for (int i = 0; i < actions; i++) {
            reasons.add(i == failing ? reason : NONE);
        }
        return cancel(reasons);
    }
}
