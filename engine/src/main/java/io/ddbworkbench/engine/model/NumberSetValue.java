package io.ddbworkbench.engine.model;

import java.util.HashSet;
import java.util.List;

/** A Number Set (NS): non-empty, no numerically equal members, order not significant. */
public record NumberSetValue(List<NumberValue> values) implements AttributeValue {

    public NumberSetValue {
        values = List.copyOf(values);
    }

    @Override
    public AttributeType type() {
        return AttributeType.NS;
    }

    @Override
    public int size() {
        int size = 0;
        for (NumberValue value : values) {
            size += value.size();
        }
        return size;
    }

    public boolean contains(NumberValue value) {
        return values.contains(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberSetValue set && values.size() == set.values.size()
                && new HashSet<>(values).equals(new HashSet<>(set.values));
    }

    @Override
    public int hashCode() {
        return new HashSet<>(values).hashCode();
    }
}
