package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.action.item.ReturnValue;
import io.ddbworkbench.engine.action.item.WriteCondition;
import io.ddbworkbench.engine.action.item.WriteRequest;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;

/** PutItem: creates or replaces one item, optionally only if a condition holds. */
public final class PutItem implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        WriteRequest write = WriteRequest.read(request);
        Item item = AttributeValueJson.readItem(request.get("Item"));
        WriteCondition condition = write.checkConditionalWrite("item", item);

        Table table = ItemTables.require(context, write.tableName());
        PrimaryKey key = Keys.ofItem(table.keySchema(), item);
        KeyRules.requireIndexableItem(table.definition(), item, null);
        if (item.size() > Item.MAX_SIZE_BYTES) {
            throw ApiException.validation("Item size has exceeded the maximum allowed size");
        }
        KeyRules.requireScalarKeyPaths(table.definition(), condition.paths());
        ItemChange change = write.mutate(context, table, key, current -> {
            condition.require(current, write.returnItemOnConditionFailure());
            return item.equals(current) ? current : item;
        });
        return write.response(context, table, change,
                write.returnValues() == ReturnValue.ALL_OLD ? change.oldItem() : null);
    }
}
