package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.action.item.WriteCondition;
import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.TransactionCapacity;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.List;

/** A Put, Update, Delete or ConditionCheck of a TransactWriteItems request. */
abstract class TransactWriteAction extends TransactAction {
    private static final List<String> ON_CONDITION_FAILURE = List.of("ALL_OLD", "NONE");

    private final String returnValuesOnConditionCheckFailure;
    private WriteCondition condition;

    TransactWriteAction(int position, String kind, JsonObject member, String keyMember) {
        super(position, kind, member, ExpressionAttributes.read(member), keyMember);
        this.returnValuesOnConditionCheckFailure = JsonFields.string(member, "ReturnValuesOnConditionCheckFailure");
    }

    /** Reads one element of TransactItems, which must hold exactly one of the four actions. */
    static TransactWriteAction read(JsonValue element, int position) {
        JsonObject item = JsonFields.asStructure(element);
        List<TransactWriteAction> actions = new ArrayList<>(1);
        if (item != null) {
            JsonObject member;
            if ((member = JsonFields.structure(item, "ConditionCheck")) != null) {
                actions.add(new TransactConditionCheck(position, member));
            }
            if ((member = JsonFields.structure(item, "Put")) != null) {
                actions.add(new TransactPut(position, member));
            }
            if ((member = JsonFields.structure(item, "Delete")) != null) {
                actions.add(new TransactDelete(position, member));
            }
            if ((member = JsonFields.structure(item, "Update")) != null) {
                actions.add(new TransactUpdate(position, member));
            }
        }
        if (actions.isEmpty()) {
            throw ApiException.validation("Invalid Request: TransactWriteRequest should contain Delete or Put or"
                    + " Update request");
        }
        if (actions.size() > 1) {
            throw ApiException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        return actions.get(0);
    }

    @Override
    void constrain(Constraints check) {
        super.constrain(check);
        check.oneOf(path("returnValuesOnConditionCheckFailure"), returnValuesOnConditionCheckFailure,
                ON_CONDITION_FAILURE);
    }

    @Override
    List<String> expressionParameters() {
        return List.of("ConditionExpression");
    }

    @Override
    void parseExpressions() {
        condition = WriteCondition.fromExpression(member, attributes);
    }

    @Override
    List<DocumentPath> paths() {
        return condition.paths();
    }

    /**
     * What this action does to the item as it is now (null: absent), under the locks of the transaction: the
     * item's next state, or the reason the action cancels the transaction.
     */
    final Outcome evaluate(Item current) {
        if (keyProblem() != null) {
            return Outcome.cancelled(CancellationReason.validationError(keyProblem()));
        }
        if (!condition.isMetBy(current)) {
            boolean returnItem = "ALL_OLD".equals(returnValuesOnConditionCheckFailure);
            return Outcome.cancelled(CancellationReason.conditionalCheckFailed(returnItem ? current : null));
        }
        try {
            return new Outcome(next(current), CancellationReason.NONE);
        } catch (ApiException e) {
            if (e.code() != ErrorCode.VALIDATION) {
                throw e;
            }
            return Outcome.cancelled(CancellationReason.validationError(e.getMessage()));
        }
    }

    /** The item's next state once the condition holds: null deletes, {@code current} itself changes nothing. */
    abstract Item next(Item current);

    /** Whether the action changes the item (every action but a ConditionCheck). */
    boolean writes() {
        return true;
    }

    /** What the action consumed, from the item before and after it. */
    ConsumedCapacity capacity(Item before, Item after) {
        return TransactionCapacity.write(table(), key(), before, after);
    }

    /** The bytes this action adds to the transaction's 4 MB aggregate limit. */
    long requestBytes() {
        return keySource().size();
    }

    /** An action's result: the item's next state, or why the transaction is cancelled. */
    record Outcome(Item next, CancellationReason reason) {
        static Outcome cancelled(CancellationReason reason) {
            return new Outcome(null, reason);
        }
    }
}
