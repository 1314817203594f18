package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinarySetValue;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.NumberSetValue;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringSetValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Set arithmetic for ADD and DELETE (update expressions and the legacy AttributeUpdates alike). */
public final class SetValues {
    private SetValues() {
    }

    /** True when both are sets of the same type, the only case ADD and DELETE combine. */
    public static boolean sameSetType(AttributeValue a, AttributeValue b) {
        return a.type() == b.type() && a.type().isSet();
    }

    /** The members of both, the existing ones first; the arguments must be sets of one type. */
    public static AttributeValue union(AttributeValue existing, AttributeValue added) {
        Set<Object> members = new LinkedHashSet<>(members(existing));
        members.addAll(members(added));
        return rebuild(existing, members);
    }

    /** The members of {@code existing} not in {@code removed}, or null when none remain (a set can't be empty). */
    public static AttributeValue difference(AttributeValue existing, AttributeValue removed) {
        Set<Object> members = new LinkedHashSet<>(members(existing));
        members.removeAll(members(removed));
        return members.isEmpty() ? null : rebuild(existing, members);
    }

    private static List<?> members(AttributeValue set) {
        if (set instanceof StringSetValue strings) {
            return strings.values();
        }
        if (set instanceof NumberSetValue numbers) {
            return numbers.values();
        }
        return ((BinarySetValue) set).values();
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue rebuild(AttributeValue like, Set<Object> members) {
        List<Object> list = new ArrayList<>(members);
        if (like instanceof StringSetValue) {
            return new StringSetValue((List<String>) (List<?>) list);
        }
        if (like instanceof NumberSetValue) {
            return new NumberSetValue((List<NumberValue>) (List<?>) list);
        }
        return new BinarySetValue((List<BinaryValue>) (List<?>) list);
    }
}
