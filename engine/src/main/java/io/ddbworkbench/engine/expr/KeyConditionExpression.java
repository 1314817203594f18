package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.table.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked KeyConditionExpression. It is parsed like any condition; {@link #against} then checks that it is
 * a key condition for the table's or index's key schema (partition key {@code =} value, optionally AND one
 * sort key condition) and says what it selects, with the service's messages for everything else.
 */
public final class KeyConditionExpression {
    private static final Set<String> NON_KEY_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "contains");

    private final Condition condition;
    private final ExpressionAttributes attributes;

    private KeyConditionExpression(Condition condition, ExpressionAttributes attributes) {
        this.condition = condition;
        this.attributes = attributes;
    }

    /** Parses and checks the expression as a condition, marking the placeholders it uses. */
    public static KeyConditionExpression parse(String text, ExpressionAttributes attributes) {
        Condition condition = ExpressionParser.parseCondition(text, ExpressionKind.KEY_CONDITION);
        ExpressionChecker.checkCondition(condition, ExpressionKind.KEY_CONDITION, attributes);
        return new KeyConditionExpression(condition, attributes);
    }

    /** The partition and sort key conditions, checked against the key schema the query reads. */
    public KeyConditions against(KeySchema schema) {
        Map<String, SortKeyCondition> byAttribute = new LinkedHashMap<>();
        collect(condition, byAttribute);
        return KeyConditions.forSchema(schema, byAttribute);
    }

    private void collect(Condition node, Map<String, SortKeyCondition> byAttribute) {
        if (node instanceof Condition.And and) {
            collect(and.left(), byAttribute);
            collect(and.right(), byAttribute);
            return;
        }
        if (node instanceof Condition.Or) {
            throw invalidOperator("OR");
        }
        if (node instanceof Condition.Not) {
            throw invalidOperator("NOT");
        }
        if (node instanceof Condition.In) {
            throw invalidOperator("IN");
        }
        SortKeyCondition.Operator operator;
        if (node instanceof Condition.Comparison comparison) {
            if (comparison.operator().is(Token.Type.NE)) {
                throw invalidOperator("<>");
            }
            operator = comparisonOperator(comparison.operator().type(), comparison.right() instanceof PathOperand
                    && !(comparison.left() instanceof PathOperand));
        } else if (node instanceof Condition.Between between) {
            if (!(between.subject() instanceof PathOperand)) {
                throw firstOperandNotKey("BETWEEN");
            }
            operator = SortKeyCondition.Operator.BETWEEN;
        } else {
            FunctionCall call = ((Condition.Function) node).call();
            if (NON_KEY_FUNCTIONS.contains(call.name())) {
                throw invalidOperator(call.name());
            }
            if (!(call.arguments().get(0) instanceof PathOperand)) {
                throw firstOperandNotKey(call.name());
            }
            operator = SortKeyCondition.Operator.BEGINS_WITH;
        }
        addLeaf(node, operator, byAttribute);
    }

    private void addLeaf(Condition node, SortKeyCondition.Operator operator, Map<String, SortKeyCondition> byAttribute) {
        DocumentPath key = null;
        List<AttributeValue> values = new ArrayList<>();
        for (Operand operand : leafOperands(node)) {
            if (operand instanceof PathOperand path) {
                if (key != null) {
                    throw ApiException.validation(
                            "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
                }
                key = path.resolve(attributes);
                if (key.isNested()) {
                    throw ApiException.validation("KeyConditionExpressions cannot have conditions on nested attributes");
                }
            } else if (operand instanceof FunctionCall) {
                throw ApiException.validation("KeyConditionExpressions cannot contain nested operations");
            } else {
                values.add(attributes.value(((ValueOperand) operand).placeholder()));
            }
        }
        if (key == null) {
            throw ApiException.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
        }
        if (byAttribute.containsKey(key.attributeName())) {
            throw ApiException.validation("KeyConditionExpressions must only contain one condition per key");
        }
        byAttribute.put(key.attributeName(), new SortKeyCondition(key.attributeName(), operator, values));
    }

    private static List<Operand> leafOperands(Condition node) {
        return node instanceof Condition.Function function ? function.call().arguments() : node.operands();
    }

    /** The operator with the key on the left: {@code :v < sk} means {@code sk > :v}. */
    private static SortKeyCondition.Operator comparisonOperator(Token.Type type, boolean keyOnRight) {
        switch (type) {
            case EQ: return SortKeyCondition.Operator.EQ;
            case LT: return keyOnRight ? SortKeyCondition.Operator.GT : SortKeyCondition.Operator.LT;
            case LE: return keyOnRight ? SortKeyCondition.Operator.GE : SortKeyCondition.Operator.LE;
            case GT: return keyOnRight ? SortKeyCondition.Operator.LT : SortKeyCondition.Operator.GT;
            default: return keyOnRight ? SortKeyCondition.Operator.LE : SortKeyCondition.Operator.GE;
        }
    }

    private static ApiException invalidOperator(String operator) {
        return ApiException.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    private static ApiException firstOperandNotKey(String operator) {
        return ApiException.validation("Invalid condition in KeyConditionExpression: " + operator
                + " operator must have the key attribute as its first operand");
    }
}
