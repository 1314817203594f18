package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.ExpressionParameters;
import io.ddbworkbench.engine.expr.ProjectionExpression;
import io.ddbworkbench.engine.expr.Projections;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.TableDefinition;
import java.util.List;

/**
 * What a key-based read (GetItem, one table of a BatchGetItem) returns of the item: everything, the paths of a
 * ProjectionExpression (with its own ExpressionAttributeNames), or the legacy AttributesToGet, never both.
 */
public final class ItemProjection {
    private final ProjectionExpression expression;
    private final AttributesToGet attributesToGet;

    private ItemProjection(ProjectionExpression expression, AttributesToGet attributesToGet) {
        this.expression = expression;
        this.attributesToGet = attributesToGet;
    }

    /**
     * Checks the projection members of {@code container} (a request or a table entry) in the service's order,
     * after their constraints passed: expression versus legacy form, duplicate names, the placeholders.
     */
    public static ItemProjection check(JsonObject container, AttributesToGet attributesToGet) {
        ExpressionParameters.check(container, List.of("ProjectionExpression"), List.of("AttributesToGet"));
        if (attributesToGet != null) {
            attributesToGet.requireDistinct();
        }
        ExpressionAttributes attributes = ExpressionAttributes.readNamesOnly(container);
        attributes.validate();
        String text = JsonFields.string(container, "ProjectionExpression");
        ProjectionExpression expression = text == null ? null : ProjectionExpression.parse(text, attributes);
        attributes.requireAllUsed();
        return new ItemProjection(expression, attributesToGet);
    }

    /** True when the form used is a ProjectionExpression rather than AttributesToGet. */
    public boolean isExpression() {
        return expression != null;
    }

    /** Refuses a projection path that reaches inside a key attribute of the table or its indexes. */
    public void requireScalarKeyPaths(TableDefinition table) {
        if (expression != null) {
            KeyRules.requireScalarKeyPaths(table, expression.paths());
        }
    }

    /** The item as returned. */
    public Item apply(Item item) {
        List<DocumentPath> paths = expression != null ? expression.paths()
                : attributesToGet != null ? attributesToGet.paths() : null;
        return paths == null ? item : Projections.select(item, paths);
    }
}
