package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinarySetValue;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.KeyValues;
import io.ddbworkbench.engine.model.ListValue;
import io.ddbworkbench.engine.model.MapValue;
import io.ddbworkbench.engine.model.NumberSetValue;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringSetValue;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.model.Utf8;

/**
 * How the service compares values in conditions, shared by expressions and the legacy Expected/QueryFilter
 * parameters. A comparison between values of different types (or with a missing value) is simply false, never
 * an error.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** Equality by the service's rules: numbers by value, sets regardless of order, lists and maps deeply. */
    public static boolean equal(AttributeValue a, AttributeValue b) {
        return a != null && b != null && a.equals(b);
    }

    /** True when both are present scalars (S, N or B) of one type, so they can be ordered. */
    public static boolean comparable(AttributeValue a, AttributeValue b) {
        return a != null && b != null && a.type() == b.type() && a.type().isScalarKeyType();
    }

    /** Orders two scalars of one type: strings by UTF-8 bytes, numbers by value, binaries as unsigned bytes. */
    public static int compareScalars(AttributeValue a, AttributeValue b) {
        return KeyValues.compare(a, b);
    }

    /** {@code a < b} and friends: false unless both are comparable scalars. */
    public static boolean ordered(AttributeValue a, AttributeValue b, Token.Type operator) {
        if (!comparable(a, b)) {
            return false;
        }
        int order = compareScalars(a, b);
        switch (operator) {
            case LT: return order < 0;
            case LE: return order <= 0;
            case GT: return order > 0;
            case GE: return order >= 0;
            default: throw new IllegalArgumentException("not an ordering: " + operator);
        }
    }

    public static boolean between(AttributeValue value, AttributeValue lower, AttributeValue upper) {
        return comparable(value, lower) && comparable(value, upper)
                && compareScalars(lower, value) <= 0 && compareScalars(value, upper) <= 0;
    }

    /** begins_with: a string prefix of a string, or a byte prefix of a binary. */
    public static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof StringValue string && prefix instanceof StringValue start) {
            return Utf8.startsWith(string.value(), start.value());
        }
        return value instanceof BinaryValue binary && prefix instanceof BinaryValue start && binary.startsWith(start);
    }

    /**
     * contains: a substring of a string, a byte sequence of a binary, a member of a set of the operand's type,
     * or an element of a list.
     */
    public static boolean contains(AttributeValue container, AttributeValue operand) {
        if (container == null || operand == null) {
            return false;
        }
        if (container instanceof StringValue string) {
            return operand instanceof StringValue part && string.value().contains(part.value());
        }
        if (container instanceof BinaryValue binary) {
            return operand instanceof BinaryValue part && binary.contains(part);
        }
        if (container instanceof StringSetValue set) {
            return operand instanceof StringValue member && set.contains(member.value());
        }
        if (container instanceof NumberSetValue set) {
            return operand instanceof NumberValue member && set.contains(member);
        }
        if (container instanceof BinarySetValue set) {
            return operand instanceof BinaryValue member && set.contains(member);
        }
        if (container instanceof ListValue list) {
            return list.values().contains(operand);
        }
        return false;
    }

    /**
     * size(): UTF-8 bytes of a string, bytes of a binary, members of a set, elements of a list or map; null for
     * the types that have no size (N, BOOL, NULL) and for a missing value.
     */
    public static NumberValue size(AttributeValue value) {
        if (value instanceof StringValue string) {
            return NumberValue.of(Utf8.length(string.value()));
        }
        if (value instanceof BinaryValue binary) {
            return NumberValue.of(binary.length());
        }
        if (value instanceof StringSetValue set) {
            return NumberValue.of(set.values().size());
        }
        if (value instanceof NumberSetValue set) {
            return NumberValue.of(set.values().size());
        }
        if (value instanceof BinarySetValue set) {
            return NumberValue.of(set.values().size());
        }
        if (value instanceof ListValue list) {
            return NumberValue.of(list.values().size());
        }
        if (value instanceof MapValue map) {
            return NumberValue.of(map.values().size());
        }
        return null;
    }
}
