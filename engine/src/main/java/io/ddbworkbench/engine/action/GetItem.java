package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.ItemCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.read.AttributesToGet;
import io.ddbworkbench.engine.read.ItemProjection;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.validation.Constraints;

/** GetItem: reads one item by its key, whole or projected, eventually or strongly consistent. */
public final class GetItem implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String tableName = JsonFields.string(request, "TableName");
        Item key = AttributeValueJson.readItem(request.get("Key"));
        String returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        boolean consistent = Boolean.TRUE.equals(JsonFields.bool(request, "ConsistentRead"));
        AttributesToGet attributesToGet = AttributesToGet.read(request);
        AttributesToGet.constrain(Constraints.check(), "attributesToGet", attributesToGet)
                .tableName("tableName", tableName)
                .notNull("key", key)
                .oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES)
                .throwIfAny();
        ItemProjection projection = ItemProjection.check(request, attributesToGet);

        Table table = ItemTables.require(context, tableName);
        PrimaryKey primaryKey = Keys.ofKey(table.keySchema(), key);
        projection.requireScalarKeyPaths(table.definition());
        context.throttle().admit(table, Throttle.Access.READ, null);
        Item item = table.get(primaryKey);
        JsonObject response = new JsonObject();
        if (item != null) {
            response.put("Item", AttributeValueJson.writeItem(projection.apply(item)));
        }
        ConsumedCapacity consumed = ItemCapacity.read(table, item, consistent);
        context.throttle().charge(table, Throttle.Access.READ, consumed);
        response.put("ConsumedCapacity", consumed.toJson(ReturnConsumedCapacity.parse(returnConsumedCapacity)));
        return response;
    }
}
