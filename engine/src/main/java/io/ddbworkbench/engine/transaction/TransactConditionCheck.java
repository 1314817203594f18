package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.TransactionCapacity;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.validation.Constraints;

/**
 * A ConditionCheck: a condition on an item the transaction does not change. It writes nothing, yet the service
 * bills it as a transactional write of the item it read.
 */
final class TransactConditionCheck extends TransactWriteAction {
    TransactConditionCheck(int position, JsonObject member) {
        super(position, "conditionCheck", member, "Key");
    }

    @Override
    void constrain(Constraints check) {
        super.constrain(check);
        check.notNull(path("conditionExpression"), JsonFields.string(member, "ConditionExpression"));
    }

    @Override
    Item next(Item current) {
        return current;
    }

    @Override
    boolean writes() {
        return false;
    }

    @Override
    ConsumedCapacity capacity(Item before, Item after) {
        return TransactionCapacity.conditionCheck(table(), before);
    }
}
