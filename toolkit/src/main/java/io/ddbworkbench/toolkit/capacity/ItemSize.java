package io.ddbworkbench.toolkit.capacity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item sizes as DynamoDB measures them for the 400 KB limit and for capacity: every attribute name's UTF-8
 * bytes plus its value's size. Numbers follow the rule measured against the service (see
 * {@link #numberBytes}), which the developer guide's simpler wording gets wrong for digits on both sides of
 * the decimal point.
 */
public final class ItemSize {
    /** The largest item the service accepts: 400 KB, counted in bytes (409,600 accepted, 409,601 refused). */
    public static final int MAX_ITEM_BYTES = 409_600;

    /** A list or map costs 3 bytes whatever it holds, plus 1 byte per element. */
    private static final int DOCUMENT_OVERHEAD = 3;
    private static final int ELEMENT_OVERHEAD = 1;

    private ItemSize() {
    }

    /** The size of a whole item, in bytes. */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8Bytes(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    /** The size of one value, without its name. */
    public static long of(AttributeValue value) {
        switch (value.type()) {
            case S:
                return utf8Bytes(value.s());
            case N:
                return numberBytes(value.n());
            case B:
                return binaryBytes(value.b());
            case SS:
                return value.ss().stream().mapToLong(ItemSize::utf8Bytes).sum();
            case NS:
                return value.ns().stream().mapToLong(ItemSize::numberBytes).sum();
            case BS:
                return value.bs().stream().mapToLong(ItemSize::binaryBytes).sum();
            case BOOL:
            case NUL:
                return 1;
            case L:
                return DOCUMENT_OVERHEAD
                        + value.l().stream().mapToLong(element -> ELEMENT_OVERHEAD + of(element)).sum();
            case M:
                return DOCUMENT_OVERHEAD + value.m().entrySet().stream()
                        .mapToLong(entry -> ELEMENT_OVERHEAD + utf8Bytes(entry.getKey()) + of(entry.getValue()))
                        .sum();
            default:
                throw new IllegalArgumentException("not a DynamoDB attribute value: " + value);
        }
    }

    /**
     * A number's size: 1 byte, plus one byte per two significant digits of the integer part and, separately,
     * of the fraction part (each rounded up), plus one byte when negative. Leading and trailing zeros do not
     * count, nor does the exponent; zero costs 1 byte. So {@code 3.14159} costs 5 bytes and {@code 123456} 4.
     */
    public static int numberBytes(String number) {
        BigDecimal value = new BigDecimal(number).stripTrailingZeros();
        if (value.signum() == 0) {
            return 1;
        }
        int digits = value.precision();
        int scale = value.scale();
        int integerDigits;
        int fractionDigits;
        if (scale <= 0) {
            integerDigits = digits;
            fractionDigits = 0;
        } else if (digits <= scale) {
            integerDigits = 0;
            fractionDigits = digits;
        } else {
            integerDigits = digits - scale;
            fractionDigits = scale;
        }
        return 1 + halfRoundedUp(integerDigits) + halfRoundedUp(fractionDigits) + (value.signum() < 0 ? 1 : 0);
    }

    private static int halfRoundedUp(int digits) {
        return (digits + 1) / 2;
    }

    private static long utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long binaryBytes(SdkBytes bytes) {
        return bytes.asByteArrayUnsafe().length;
    }
}
