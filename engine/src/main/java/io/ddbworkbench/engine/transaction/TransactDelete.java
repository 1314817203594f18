package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.Item;

/** A transactional Delete; deleting an absent item succeeds, as DeleteItem does. */
final class TransactDelete extends TransactWriteAction {
    TransactDelete(int position, JsonObject member) {
        super(position, "delete", member, "Key");
    }

    @Override
    Item next(Item current) {
        return null;
    }
}
