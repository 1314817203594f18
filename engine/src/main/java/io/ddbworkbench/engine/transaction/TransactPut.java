package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.action.Keys;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;

/**
 * A transactional Put. Everything the service can tell from the request alone is checked up front: an empty
 * key or index key value and an item over 400 KB refuse the request; a key or index key of the wrong type only
 * cancels the action.
 */
final class TransactPut extends TransactWriteAction {
    TransactPut(int position, JsonObject member) {
        super(position, "put", member, "Item");
    }

    @Override
    void checkRequest(TableDefinition definition) {
        KeyRules.requireNonEmptyIndexKeys(definition, keySource());
        if (keySource().size() > Item.MAX_SIZE_BYTES) {
            throw ApiException.validation("Item size has exceeded the maximum allowed size");
        }
    }

    @Override
    PrimaryKey resolveKey(Table target) {
        PrimaryKey key = Keys.ofItem(target.keySchema(), keySource());
        KeyRules.requireIndexableItem(target.definition(), keySource(), null);
        return key;
    }

    @Override
    Item next(Item current) {
        return keySource().equals(current) ? current : keySource();
    }
}
