package io.ddbworkbench.engine.model;

import java.util.HashSet;
import java.util.List;

/** A Binary Set (BS): non-empty, no duplicates, order not significant. */
public record BinarySetValue(List<BinaryValue> values) implements AttributeValue {

    public BinarySetValue {
        values = List.copyOf(values);
    }

    @Override
    public AttributeType type() {
        return AttributeType.BS;
    }

    @Override
    public int size() {
        int size = 0;
        for (BinaryValue value : values) {
            size += value.size();
        }
        return size;
    }

    public boolean contains(BinaryValue value) {
        return values.contains(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinarySetValue set && values.size() == set.values.size()
                && new HashSet<>(values).equals(new HashSet<>(set.values));
    }

    @Override
    public int hashCode() {
        return new HashSet<>(values).hashCode();
    }
}
