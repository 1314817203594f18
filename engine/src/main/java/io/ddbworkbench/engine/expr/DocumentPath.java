package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.ListValue;
import io.ddbworkbench.engine.model.MapValue;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A resolved document path: a top-level attribute name followed by map keys and list indexes. Its
 * {@link #toString()} is the service's rendering in messages, e.g. {@code [a, [1], b]}.
 */
public record DocumentPath(List<Step> steps) {

    public DocumentPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof Name)) {
            throw new IllegalArgumentException("a document path starts with an attribute name: " + steps);
        }
    }

    /** One step of a path. */
    public sealed interface Step permits Name, Index {
    }

    /** A map key (or, first, the attribute name). */
    public record Name(String name) implements Step {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A list index. */
    public record Index(int index) implements Step {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    /** A path to a top-level attribute. */
    public static DocumentPath attribute(String name) {
        return new DocumentPath(List.of(new Name(name)));
    }

    /** The top-level attribute the path starts at. */
    public String attributeName() {
        return ((Name) steps.get(0)).name();
    }

    public boolean isNested() {
        return steps.size() > 1;
    }

    public int depth() {
        return steps.size();
    }

    public Step last() {
        return steps.get(steps.size() - 1);
    }

    /** The path without its last step; only for nested paths. */
    public DocumentPath parent() {
        return new DocumentPath(steps.subList(0, steps.size() - 1));
    }

    /** The value at this path in the item, or null when the item has nothing there. */
    public AttributeValue read(Item item) {
        return read(item.attributes());
    }

    public AttributeValue read(Map<String, AttributeValue> attributes) {
        AttributeValue current = attributes.get(attributeName());
        for (int i = 1; i < steps.size() && current != null; i++) {
            current = child(current, steps.get(i));
        }
        return current;
    }

    /** The value one step below a map or list, or null when there is none or the step does not fit the type. */
    static AttributeValue child(AttributeValue container, Step step) {
        if (step instanceof Name name) {
            return container instanceof MapValue map ? map.values().get(name.name()) : null;
        }
        int index = ((Index) step).index();
        if (container instanceof ListValue list && index < list.values().size()) {
            return list.values().get(index);
        }
        return null;
    }

    @Override
    public String toString() {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        for (Step step : steps) {
            joined.add(step.toString());
        }
        return joined.toString();
    }
}
