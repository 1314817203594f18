package io.ddbworkbench.engine.model;

import java.util.HashSet;
import java.util.List;

/** A String Set (SS): non-empty, no duplicates, order not significant. */
public record StringSetValue(List<String> values) implements AttributeValue {

    public StringSetValue {
        values = List.copyOf(values);
    }

    @Override
    public AttributeType type() {
        return AttributeType.SS;
    }

    @Override
    public int size() {
        int size = 0;
        for (String value : values) {
            size += Utf8.length(value);
        }
        return size;
    }

    public boolean contains(String value) {
        return values.contains(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StringSetValue set && values.size() == set.values.size()
                && new HashSet<>(values).equals(new HashSet<>(set.values));
    }

    @Override
    public int hashCode() {
        return new HashSet<>(values).hashCode();
    }
}
