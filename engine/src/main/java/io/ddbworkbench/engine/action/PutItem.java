package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;

/** PutItem. */
public final class PutItem implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String tableName = JsonFields.string(request, "TableName");
        Item item = AttributeValueJson.readItem(request.get("Item"));
        Constraints.check().tableName("tableName", tableName).notNull("item", item).throwIfAny();
        Table table = context.catalog().require(tableName);
        PrimaryKey key = Keys.ofItem(table.keySchema(), item);
        context.writer().mutate(table, key, current -> item);
        return new JsonObject();
    }
}
