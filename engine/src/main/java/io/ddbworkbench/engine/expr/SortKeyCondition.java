package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeValue;
import java.util.List;

/**
 * The condition a Query puts on the sort key: {@code =, <, <=, >, >=}, BETWEEN or begins_with, with its
 * value(s) already of the key's type.
 */
public record SortKeyCondition(String attributeName, Operator operator, List<AttributeValue> values) {

    public SortKeyCondition {
        values = List.copyOf(values);
    }

    /** The operators a key condition allows on a sort key. */
    public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    /** True when a sort key value satisfies the condition. */
    public boolean matches(AttributeValue sortValue) {
        AttributeValue first = values.get(0);
        switch (operator) {
            case EQ: return Comparisons.equal(sortValue, first);
            case LT: return Comparisons.ordered(sortValue, first, Token.Type.LT);
            case LE: return Comparisons.ordered(sortValue, first, Token.Type.LE);
            case GT: return Comparisons.ordered(sortValue, first, Token.Type.GT);
            case GE: return Comparisons.ordered(sortValue, first, Token.Type.GE);
            case BETWEEN: return Comparisons.between(sortValue, first, values.get(1));
            default: return Comparisons.beginsWith(sortValue, first);
        }
    }
}
