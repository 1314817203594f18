package io.ddbworkbench.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A document path as written: names, #placeholders and [indexes]. {@link #resolve} turns it into the
 * {@link DocumentPath} it means once the placeholders are known.
 */
public record PathOperand(List<Step> steps) implements Operand {

    public PathOperand {
        steps = List.copyOf(steps);
    }

    /** One written step: a name or placeholder, or a list index (whose token is the number). */
    public record Step(Token token, boolean index) {

        public boolean isPlaceholder() {
            return !index && token.is(Token.Type.NAME_PLACEHOLDER);
        }
    }

    /** The path with each #placeholder replaced by the name it stands for. */
    public DocumentPath resolve(ExpressionAttributes attributes) {
        List<DocumentPath.Step> resolved = new ArrayList<>(steps.size());
        for (Step step : steps) {
            if (step.index()) {
                resolved.add(new DocumentPath.Index(Integer.parseInt(step.token().text())));
            } else if (step.isPlaceholder()) {
                resolved.add(new DocumentPath.Name(attributes.name(step.token().text())));
            } else {
                resolved.add(new DocumentPath.Name(step.token().text()));
            }
        }
        return new DocumentPath(resolved);
    }
}
