package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.action.Keys;
import io.ddbworkbench.engine.action.UpdateItem;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.UpdateExpression;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * A transactional Update. Unlike UpdateItem it measures only the finished item against the 400 KB limit, and
 * since that size depends on the stored item, an oversized result cancels the action rather than the request.
 */
final class TransactUpdate extends TransactWriteAction {
    private final String updateText;
    private UpdateExpression update;

    TransactUpdate(int position, JsonObject member) {
        super(position, "update", member, "Key");
        this.updateText = JsonFields.string(member, "UpdateExpression");
    }

    @Override
    void constrain(Constraints check) {
        super.constrain(check);
        check.notNull(path("updateExpression"), updateText);
    }

    @Override
    List<String> expressionParameters() {
        return List.of("UpdateExpression", "ConditionExpression");
    }

    @Override
    void parseExpressions() {
        update = UpdateExpression.parse(updateText, attributes);
        super.parseExpressions();
    }

    @Override
    List<DocumentPath> paths() {
        List<DocumentPath> paths = new ArrayList<>(update.paths());
        paths.addAll(super.paths());
        return paths;
    }

    @Override
    void checkRequest(TableDefinition definition) {
        KeyRules.requireNonEmptyIndexKeyUpdates(definition, update.knownValues());
    }

    @Override
    PrimaryKey resolveKey(Table target) {
        PrimaryKey key = Keys.ofKey(target.keySchema(), keySource());
        List<String> updated = new ArrayList<>();
        update.targets().forEach(path -> updated.add(path.attributeName()));
        KeyRules.requireKeysUnchanged(target.keySchema(), updated);
        KeyRules.requireIndexKeyTypes(target.definition(), update.knownResultTypes());
        return key;
    }

    @Override
    Item next(Item current) {
        Item next = update.apply(current != null ? current : key().toItem(table().keySchema()));
        if (next.size() > Item.MAX_SIZE_BYTES) {
            throw ApiException.validation(UpdateItem.SIZE_EXCEEDED);
        }
        KeyRules.requireIndexableItem(table().definition(), next, UpdateItem.INDEX_KEY_TYPE);
        return next.equals(current) ? current : next;
    }

    @Override
    long requestBytes() {
        Item values = AttributeValueJson.readItem(member.get("ExpressionAttributeValues"));
        return super.requestBytes() + (values == null ? 0 : values.size());
    }
}
