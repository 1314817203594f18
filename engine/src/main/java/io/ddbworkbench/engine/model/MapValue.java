package io.ddbworkbench.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Map (M) of names to values. Size: 3 bytes, plus 1 byte, the name and the value's size per entry. */
public record MapValue(Map<String, AttributeValue> values) implements AttributeValue {

    public MapValue {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public AttributeType type() {
        return AttributeType.M;
    }

    @Override
    public int size() {
        int size = 3;
        for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
            size += 1 + Utf8.length(entry.getKey()) + entry.getValue().size();
        }
        return size;
    }
}
