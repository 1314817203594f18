package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.capacity.ItemCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.ExpressionParameters;
import io.ddbworkbench.engine.expr.ProjectionExpression;
import io.ddbworkbench.engine.expr.Projections;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.read.AttributesToGet;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/** GetItem: reads one item by its key, whole or projected, eventually or strongly consistent. */
public final class GetItem implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String tableName = JsonFields.string(request, "TableName");
        Item key = AttributeValueJson.readItem(request.get("Key"));
        String returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        boolean consistent = Boolean.TRUE.equals(JsonFields.bool(request, "ConsistentRead"));
        AttributesToGet attributesToGet = AttributesToGet.read(request);
        ExpressionAttributes attributes = ExpressionAttributes.readNamesOnly(request);
        AttributesToGet.constrain(Constraints.check(), "attributesToGet", attributesToGet)
                .tableName("tableName", tableName)
                .notNull("key", key)
                .oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES)
                .throwIfAny();
        ExpressionParameters.check(request, List.of("ProjectionExpression"), List.of("AttributesToGet"));
        if (attributesToGet != null) {
            attributesToGet.requireDistinct();
        }
        attributes.validate();
        String projectionText = JsonFields.string(request, "ProjectionExpression");
        ProjectionExpression projection = projectionText == null ? null
                : ProjectionExpression.parse(projectionText, attributes);
        attributes.requireAllUsed();

        Table table = ItemTables.require(context, tableName);
        Item item = table.get(Keys.ofKey(table.keySchema(), key));
        List<DocumentPath> paths = projection != null ? projection.paths()
                : attributesToGet != null ? attributesToGet.paths() : null;
        if (projection != null) {
            KeyRules.requireScalarKeyPaths(table.definition(), paths);
        }
        JsonObject response = new JsonObject();
        if (item != null) {
            response.put("Item", AttributeValueJson.writeItem(paths == null ? item : Projections.select(item, paths)));
        }
        response.put("ConsumedCapacity", ItemCapacity.read(table, item, consistent)
                .toJson(ReturnConsumedCapacity.parse(returnConsumedCapacity)));
        return response;
    }
}
