package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.Item;
import java.util.ArrayList;
import java.util.List;

/** A checked ProjectionExpression: the document paths to return from each item. */
public final class ProjectionExpression {
    private final List<DocumentPath> paths;

    private ProjectionExpression(List<DocumentPath> paths) {
        this.paths = List.copyOf(paths);
    }

    /** Parses and checks a projection with the service's messages, marking the placeholders it uses. */
    public static ProjectionExpression parse(String text, ExpressionAttributes attributes) {
        List<PathOperand> written = ExpressionParser.parseProjection(text);
        ExpressionChecker.checkProjection(written, attributes);
        List<DocumentPath> paths = new ArrayList<>(written.size());
        for (PathOperand path : written) {
            paths.add(path.resolve(attributes));
        }
        return new ProjectionExpression(paths);
    }

    public List<DocumentPath> paths() {
        return paths;
    }

    /** The item reduced to the projected paths. */
    public Item project(Item item) {
        return Projections.select(item, paths);
    }
}
