package io.ddbworkbench.engine.model;

import java.util.Arrays;
import java.util.Base64;

/** A Binary (B) value. Ordered as unsigned bytes. The array is never exposed for writing. */
public final class BinaryValue implements AttributeValue, Comparable<BinaryValue> {
    private final byte[] bytes;

    private BinaryValue(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Takes ownership of the array: callers must not change it afterwards. */
    public static BinaryValue wrap(byte[] bytes) {
        return new BinaryValue(bytes);
    }

    public static BinaryValue copyOf(byte[] bytes) {
        return new BinaryValue(bytes.clone());
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int index) {
        return bytes[index];
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** True when these bytes start with the other value's bytes. */
    public boolean startsWith(BinaryValue prefix) {
        return prefix.bytes.length <= bytes.length
                && Arrays.equals(bytes, 0, prefix.bytes.length, prefix.bytes, 0, prefix.bytes.length);
    }

    /** True when the other value's bytes appear anywhere in these bytes. */
    public boolean contains(BinaryValue part) {
        outer:
        for (int start = 0; start + part.bytes.length <= bytes.length; start++) {
            for (int i = 0; i < part.bytes.length; i++) {
                if (bytes[start + i] != part.bytes[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    byte[] internalBytes() {
        return bytes;
    }

    @Override
    public AttributeType type() {
        return AttributeType.B;
    }

    @Override
    public int size() {
        return bytes.length;
    }

    @Override
    public int compareTo(BinaryValue other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryValue binary && Arrays.equals(bytes, binary.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "B(" + base64() + ")";
    }
}
