package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;

/** GetItem. */
public final class GetItem implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String tableName = JsonFields.string(request, "TableName");
        Item key = AttributeValueJson.readItem(request.get("Key"));
        Constraints.check().tableName("tableName", tableName).notNull("key", key).throwIfAny();
        Table table = context.catalog().require(tableName);
        Item item = table.get(Keys.ofKey(table.keySchema(), key));
        JsonObject response = new JsonObject();
        if (item != null) {
            response.put("Item", AttributeValueJson.writeItem(item));
        }
        return response;
    }
}
