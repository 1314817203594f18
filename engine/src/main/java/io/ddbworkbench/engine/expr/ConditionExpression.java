package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.StringValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked ConditionExpression or FilterExpression, bound to its request's placeholders, that decides
 * whether an item (or no item: a condition on a missing item sees no attributes) satisfies it.
 */
public final class ConditionExpression {
    private final Condition condition;
    private final ExpressionAttributes attributes;

    private ConditionExpression(Condition condition, ExpressionAttributes attributes) {
        this.condition = condition;
        this.attributes = attributes;
    }

    /**
     * Parses and checks a condition or filter with the service's messages. The placeholders it uses are
     * marked used in {@code attributes}.
     */
    public static ConditionExpression parse(ExpressionKind kind, String text, ExpressionAttributes attributes) {
        if (kind != ExpressionKind.CONDITION && kind != ExpressionKind.FILTER) {
            throw new IllegalArgumentException("not a condition or filter: " + kind);
        }
        Condition condition = ExpressionParser.parseCondition(text, kind);
        ExpressionChecker.checkCondition(condition, kind, attributes);
        return new ConditionExpression(condition, attributes);
    }

    /** True when the item satisfies the condition; a null item is treated as an item with no attributes. */
    public boolean matches(Item item) {
        return test(condition, item == null ? Item.EMPTY : item);
    }

    /** Every document path the condition reads, resolved. */
    public List<DocumentPath> paths() {
        List<DocumentPath> paths = new ArrayList<>();
        collectPaths(condition, paths);
        return paths;
    }

    private boolean test(Condition node, Item item) {
        if (node instanceof Condition.And and) {
            return test(and.left(), item) && test(and.right(), item);
        }
        if (node instanceof Condition.Or or) {
            return test(or.left(), item) || test(or.right(), item);
        }
        if (node instanceof Condition.Not not) {
            return !test(not.operand(), item);
        }
        if (node instanceof Condition.Comparison comparison) {
            AttributeValue left = value(comparison.left(), item);
            AttributeValue right = value(comparison.right(), item);
            switch (comparison.operator().type()) {
                case EQ:
                    return Comparisons.equal(left, right);
                case NE:
                    return (left != null || right != null) && !Comparisons.equal(left, right);
                default:
                    return Comparisons.ordered(left, right, comparison.operator().type());
            }
        }
        if (node instanceof Condition.Between between) {
            return Comparisons.between(value(between.subject(), item), value(between.lower(), item),
                    value(between.upper(), item));
        }
        if (node instanceof Condition.In in) {
            AttributeValue subject = value(in.subject(), item);
            for (Operand candidate : in.candidates()) {
                if (Comparisons.equal(subject, value(candidate, item))) {
                    return true;
                }
            }
            return false;
        }
        return testFunction(((Condition.Function) node).call(), item);
    }

    private boolean testFunction(FunctionCall call, Item item) {
        List<Operand> arguments = call.arguments();
        AttributeValue first = value(arguments.get(0), item);
        switch (call.name()) {
            case "attribute_exists":
                return first != null;
            case "attribute_not_exists":
                return first == null;
            case "attribute_type":
                return first != null && value(arguments.get(1), item) instanceof StringValue type
                        && first.type().name().equals(type.value());
            case "begins_with":
                return Comparisons.beginsWith(first, value(arguments.get(1), item));
            case "contains":
                return Comparisons.contains(first, value(arguments.get(1), item));
            default:
                throw new IllegalStateException("unchecked condition function " + call.name());
        }
    }

    private AttributeValue value(Operand operand, Item item) {
        if (operand instanceof PathOperand path) {
            return path.resolve(attributes).read(item);
        }
        if (operand instanceof ValueOperand value) {
            return attributes.value(value.placeholder());
        }
        FunctionCall size = (FunctionCall) operand;
        return Comparisons.size(value(size.arguments().get(0), item));
    }

    private void collectPaths(Condition node, List<DocumentPath> paths) {
        node.subconditions().forEach(subcondition -> collectPaths(subcondition, paths));
        node.operands().forEach(operand -> collectPaths(operand, paths));
    }

    private void collectPaths(Operand operand, List<DocumentPath> paths) {
        if (operand instanceof PathOperand path) {
            paths.add(path.resolve(attributes));
        }
        operand.children().forEach(child -> collectPaths(child, paths));
    }
}
