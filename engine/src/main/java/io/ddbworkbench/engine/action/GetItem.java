package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.capacity.ItemCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.ExpressionParameters;
import io.ddbworkbench.engine.expr.ProjectionExpression;
import io.ddbworkbench.engine.expr.Projections;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** GetItem: reads one item by its key, whole or projected, eventually or strongly consistent. */
public final class GetItem implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String tableName = JsonFields.string(request, "TableName");
        Item key = AttributeValueJson.readItem(request.get("Key"));
        String returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        boolean consistent = Boolean.TRUE.equals(JsonFields.bool(request, "ConsistentRead"));
        List<String> attributesToGet = attributesToGet(request);
        ExpressionAttributes attributes = ExpressionAttributes.readNamesOnly(request);
        Constraints.check()
                .size("attributesToGet", attributesToGet, String.valueOf(attributesToGet), 1, Integer.MAX_VALUE)
                .tableName("tableName", tableName)
                .notNull("key", key)
                .oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES)
                .throwIfAny();
        ExpressionParameters.check(request, List.of("ProjectionExpression"), List.of("AttributesToGet"));
        requireDistinct(attributesToGet);
        attributes.validate();
        String projectionText = JsonFields.string(request, "ProjectionExpression");
        ProjectionExpression projection = projectionText == null ? null
                : ProjectionExpression.parse(projectionText, attributes);
        attributes.requireAllUsed();

        Table table = ItemTables.require(context, tableName);
        Item item = table.get(Keys.ofKey(table.keySchema(), key));
        List<DocumentPath> paths = projection != null ? projection.paths() : attributePaths(attributesToGet);
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

    private static List<String> attributesToGet(JsonObject request) {
        JsonArray json = JsonFields.list(request, "AttributesToGet");
        if (json == null) {
            return null;
        }
        List<String> names = new ArrayList<>(json.size());
        for (JsonValue element : json) {
            names.add(JsonFields.asString(element));
        }
        return names;
    }

    private static void requireDistinct(List<String> attributesToGet) {
        if (attributesToGet == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String name : attributesToGet) {
            if (!seen.add(name)) {
                throw ApiException.validation(
                        "One or more parameter values were invalid: Duplicate value in attribute name: " + name);
            }
        }
    }

    private static List<DocumentPath> attributePaths(List<String> attributesToGet) {
        if (attributesToGet == null) {
            return null;
        }
        List<DocumentPath> paths = new ArrayList<>(attributesToGet.size());
        attributesToGet.forEach(name -> paths.add(DocumentPath.attribute(name)));
        return paths;
    }
}
