package io.ddbworkbench.toolkit.item;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Plain Java values to DynamoDB attribute values and back, so callers can write {@code Map.of("Age", 30)}
 * instead of {@code AttributeValue.fromN("30")}. Strings become S, numbers N, booleans BOOL, {@code null} NULL,
 * {@code byte[]} / {@link ByteBuffer} / {@link SdkBytes} B, lists L, maps M, and non-empty sets of strings,
 * numbers or bytes SS / NS / BS. An {@link AttributeValue} passes through unchanged.
 */
public final class Values {
    private Values() {
    }

    /** A whole item (or key) from plain values. */
    public static Map<String, AttributeValue> item(Map<String, ?> plain) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        plain.forEach((name, value) -> item.put(name, of(value)));
        return item;
    }

    /** One value. */
    public static AttributeValue of(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof AttributeValue) {
            return (AttributeValue) value;
        }
        if (value instanceof String) {
            return AttributeValue.fromS((String) value);
        }
        if (value instanceof Number) {
            return AttributeValue.fromN(number((Number) value));
        }
        if (value instanceof Boolean) {
            return AttributeValue.fromBool((Boolean) value);
        }
        if (isBinary(value)) {
            return AttributeValue.fromB(bytes(value));
        }
        if (value instanceof Set) {
            return set((Set<?>) value);
        }
        if (value instanceof Collection) {
            List<AttributeValue> list = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                list.add(of(element));
            }
            return AttributeValue.fromL(list);
        }
        if (value instanceof Map) {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw new IllegalArgumentException("map keys must be strings to become a DynamoDB M: "
                            + entry.getKey());
                }
                map.put((String) entry.getKey(), of(entry.getValue()));
            }
            return AttributeValue.fromM(map);
        }
        throw new IllegalArgumentException("no DynamoDB type for a " + value.getClass().getName()
                + "; use String, Number, Boolean, byte[], List, Set, Map or an AttributeValue");
    }

    /** A whole item back to plain values (see {@link #plain(AttributeValue)}). */
    public static Map<String, Object> plain(Map<String, AttributeValue> item) {
        Map<String, Object> plain = new LinkedHashMap<>();
        item.forEach((name, value) -> plain.put(name, plain(value)));
        return plain;
    }

    /**
     * One value back: S as String, N as {@link BigDecimal} (exact, whatever its size), B as {@link SdkBytes},
     * BOOL as Boolean, NULL as {@code null}, L as List, M as Map and sets as Sets.
     */
    public static Object plain(AttributeValue value) {
        switch (value.type()) {
            case S:
                return value.s();
            case N:
                return new BigDecimal(value.n());
            case B:
                return value.b();
            case BOOL:
                return value.bool();
            case NUL:
                return null;
            case SS:
                return new LinkedHashSet<>(value.ss());
            case NS:
                Set<BigDecimal> numbers = new LinkedHashSet<>();
                value.ns().forEach(number -> numbers.add(new BigDecimal(number)));
                return numbers;
            case BS:
                return new LinkedHashSet<>(value.bs());
            case L:
                List<Object> list = new ArrayList<>();
                value.l().forEach(element -> list.add(plain(element)));
                return list;
            case M:
                return plain(value.m());
            default:
                throw new IllegalArgumentException("unknown attribute value type: " + value);
        }
    }

    private static AttributeValue set(Set<?> set) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException("DynamoDB has no empty sets: remove the attribute instead, "
                    + "or store an empty list");
        }
        if (set.stream().allMatch(String.class::isInstance)) {
            List<String> strings = new ArrayList<>();
            set.forEach(element -> strings.add((String) element));
            return AttributeValue.fromSs(strings);
        }
        if (set.stream().allMatch(Number.class::isInstance)) {
            List<String> numbers = new ArrayList<>();
            set.forEach(element -> numbers.add(number((Number) element)));
            return AttributeValue.fromNs(numbers);
        }
        if (set.stream().allMatch(Values::isBinary)) {
            List<SdkBytes> binaries = new ArrayList<>();
            set.forEach(element -> binaries.add(bytes(element)));
            return AttributeValue.fromBs(binaries);
        }
        throw new IllegalArgumentException("a DynamoDB set holds only strings, only numbers or only binaries: " + set);
    }

    private static String number(Number number) {
        if (number instanceof BigDecimal) {
            return ((BigDecimal) number).toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("DynamoDB numbers are finite: " + number);
            }
            return BigDecimal.valueOf(value).toPlainString();
        }
        if (number instanceof BigInteger || number instanceof Long || number instanceof Integer
                || number instanceof Short || number instanceof Byte) {
            return number.toString();
        }
        return new BigDecimal(number.toString()).toPlainString();
    }

    private static boolean isBinary(Object value) {
        return value instanceof byte[] || value instanceof ByteBuffer || value instanceof SdkBytes;
    }

    private static SdkBytes bytes(Object value) {
        if (value instanceof SdkBytes) {
            return (SdkBytes) value;
        }
        if (value instanceof ByteBuffer) {
            return SdkBytes.fromByteBuffer((ByteBuffer) value);
        }
        return SdkBytes.fromByteArray((byte[]) value);
    }
}
