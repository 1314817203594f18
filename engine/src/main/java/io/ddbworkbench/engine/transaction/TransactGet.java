package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.ProjectionExpression;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/** One Get of a TransactGetItems request: an item by its key, whole or projected. */
final class TransactGet extends TransactAction {
    private final String projectionText;
    private ProjectionExpression projection;

    private TransactGet(int position, JsonObject member) {
        super(position, "get", member, ExpressionAttributes.readNamesOnly(member), "Key");
        this.projectionText = JsonFields.string(member, "ProjectionExpression");
    }

    /** Reads one element of TransactItems; an element without its Get is a constraint violation. */
    static TransactGet read(JsonValue element, int position, Constraints check) {
        JsonObject item = JsonFields.asStructure(element);
        JsonObject member = item == null ? null : JsonFields.structure(item, "Get");
        if (member == null) {
            check.notNull("transactItems." + position + ".member.get", null);
            return null;
        }
        TransactGet get = new TransactGet(position, member);
        get.constrain(check);
        return get;
    }

    @Override
    List<String> expressionParameters() {
        return List.of("ProjectionExpression");
    }

    @Override
    void parseExpressions() {
        projection = projectionText == null ? null : ProjectionExpression.parse(projectionText, attributes);
    }

    @Override
    List<DocumentPath> paths() {
        return projection == null ? List.of() : projection.paths();
    }

    /** What the response shows of the item: all of it, or the projected part (nothing when that is empty). */
    Item returned(Item item) {
        if (item == null || projection == null) {
            return item;
        }
        Item projected = projection.project(item);
        return projected.isEmpty() ? null : projected;
    }
}
