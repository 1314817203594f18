package io.ddbworkbench.engine.model;

import java.nio.charset.StandardCharsets;

/** A String (S) value. Ordered by UTF-8 bytes, which is code point order. */
public record StringValue(String value) implements AttributeValue, Comparable<StringValue> {

    public StringValue {
        if (value == null) {
            throw new NullPointerException("value");
        }
    }

    @Override
    public AttributeType type() {
        return AttributeType.S;
    }

    @Override
    public int size() {
        return Utf8.length(value);
    }

    public byte[] utf8() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int compareTo(StringValue other) {
        return Utf8.compare(value, other.value);
    }
}
