package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.action.item.ReturnValue;
import io.ddbworkbench.engine.action.item.WriteCondition;
import io.ddbworkbench.engine.action.item.WriteRequest;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;

/** DeleteItem: removes one item (deleting an absent item succeeds), optionally only if a condition holds. */
public final class DeleteItem implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        WriteRequest write = WriteRequest.read(request);
        Item keyItem = AttributeValueJson.readItem(request.get("Key"));
        WriteCondition condition = write.checkConditionalWrite("key", keyItem);

        Table table = ItemTables.require(context, write.tableName());
        PrimaryKey key = Keys.ofKey(table.keySchema(), keyItem);
        KeyRules.requireScalarKeyPaths(table.definition(), condition.paths());
        ItemChange change = write.mutate(context, table, key, current -> {
            condition.require(current, write.returnItemOnConditionFailure());
            return null;
        });
        return write.response(context, table, change,
                write.returnValues() == ReturnValue.ALL_OLD ? change.oldItem() : null);
    }
}
