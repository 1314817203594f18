package io.ddbworkbench.engine.model;

import java.util.List;

/** A List (L) of any values. Size: 3 bytes, plus 1 byte and the value's size per element. */
public record ListValue(List<AttributeValue> values) implements AttributeValue {

    public ListValue {
        values = List.copyOf(values);
    }

    @Override
    public AttributeType type() {
        return AttributeType.L;
    }

    @Override
    public int size() {
        int size = 3;
        for (AttributeValue value : values) {
            size += 1 + value.size();
        }
        return size;
    }
}
