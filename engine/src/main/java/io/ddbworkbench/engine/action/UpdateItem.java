package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.item.AttributeUpdates;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.action.item.WriteCondition;
import io.ddbworkbench.engine.action.item.WriteRequest;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionParameters;
import io.ddbworkbench.engine.expr.Projections;
import io.ddbworkbench.engine.expr.UpdateExpression;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * UpdateItem: changes some attributes of one item, creating it from its key when absent, through an
 * UpdateExpression or the legacy AttributeUpdates, optionally only if a condition holds.
 */
public final class UpdateItem implements Action {
    /** An update whose finished item is too large; transactional updates say the same. */
    public static final String SIZE_EXCEEDED = "Item size to update has exceeded the maximum allowed size";
    /** An update that gave an index key a value of the wrong type; transactional updates say the same. */
    public static final String INDEX_KEY_TYPE =
            "The update expression attempted to update the secondary index key to unsupported type";

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        WriteRequest write = WriteRequest.read(request);
        Item keyItem = AttributeValueJson.readItem(request.get("Key"));
        Constraints check = write.constraints("key", keyItem);
        AttributeUpdates.constrain(request, check);
        check.throwIfAny();
        ExpressionParameters.check(request, List.of("UpdateExpression", "ConditionExpression"),
                List.of("AttributeUpdates", "Expected"));
        AttributeUpdates attributeUpdates = AttributeUpdates.read(request);
        WriteCondition expected = WriteCondition.fromExpected(request);
        write.attributes().validate();
        String updateText = JsonFields.string(request, "UpdateExpression");
        UpdateExpression update = updateText == null ? null : UpdateExpression.parse(updateText, write.attributes());
        WriteCondition condition = expected.or(WriteCondition.fromExpression(request, write.attributes()));
        write.attributes().requireAllUsed();

        Table table = ItemTables.require(context, write.tableName());
        TableDefinition definition = table.definition();
        PrimaryKey key = Keys.ofKey(table.keySchema(), keyItem);
        List<DocumentPath> targets = targets(update, attributeUpdates);
        List<String> updatedAttributes = new ArrayList<>();
        targets.forEach(target -> updatedAttributes.add(target.attributeName()));
        KeyRules.requireKeysUnchanged(table.keySchema(), updatedAttributes);
        if (update != null) {
            KeyRules.requireIndexKeyTypes(definition, update.knownResultTypes());
            List<DocumentPath> paths = new ArrayList<>(update.paths());
            paths.addAll(condition.paths());
            KeyRules.requireScalarKeyPaths(definition, paths);
        } else if (attributeUpdates != null) {
            KeyRules.requireIndexKeyTypes(definition, attributeUpdates.valueTypes());
        }

        ItemChange change = write.mutate(context, table, key, current -> {
            condition.require(current, write.returnItemOnConditionFailure());
            Item base = current != null ? current : key.toItem(table.keySchema());
            Item next = update != null ? update.apply(base)
                    : attributeUpdates != null ? attributeUpdates.apply(base) : base;
            if (next.size() > Item.MAX_SIZE_BYTES
                    || update != null && update.statementSize(next) > Item.MAX_SIZE_BYTES) {
                throw ApiException.validation(SIZE_EXCEEDED);
            }
            KeyRules.requireIndexableItem(definition, next, update != null ? INDEX_KEY_TYPE : null);
            return next.equals(current) ? current : next;
        });
        return write.response(context, table, change, returned(write, change, targets));
    }

    private static List<DocumentPath> targets(UpdateExpression update, AttributeUpdates attributeUpdates) {
        if (update != null) {
            return update.targets();
        }
        List<DocumentPath> targets = new ArrayList<>();
        if (attributeUpdates != null) {
            attributeUpdates.attributeNames().forEach(name -> targets.add(DocumentPath.attribute(name)));
        }
        return targets;
    }

    private static Item returned(WriteRequest write, ItemChange change, List<DocumentPath> targets) {
        Item before = change.oldItem();
        Item after = change.newItem();
        switch (write.returnValues()) {
            case ALL_OLD:
                return before;
            case UPDATED_OLD:
                return before == null ? null : Projections.select(before, targets);
            case ALL_NEW:
                return after;
            case UPDATED_NEW:
                return Projections.select(after, targets);
            default:
                return null;
        }
    }
}
