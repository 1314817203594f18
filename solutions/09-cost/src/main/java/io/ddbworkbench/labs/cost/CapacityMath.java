package io.ddbworkbench.labs.cost;

import io.ddbworkbench.toolkit.capacity.ReadConsistency;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reference solution of lab 09, the arithmetic: sizes by the service's rules for each type, and units that
 * round up per request, which is where small items and single-item reads get expensive.
 */
public final class CapacityMath {
    private static final int WRITE_BLOCK = 1024;
    private static final int READ_BLOCK = 4096;
    /** What a list or map costs whatever it holds, and what each of its elements adds. */
    private static final int DOCUMENT_BYTES = 3;
    private static final int ELEMENT_BYTES = 1;

    private CapacityMath() {
    }

    /** Step 1: names count as much as values, which is why long attribute names cost money on every request. */
    public static long itemSize(Map<String, AttributeValue> item) {
        return item.entrySet().stream().mapToLong(attribute -> utf8(attribute.getKey()) + size(attribute.getValue()))
                .sum();
    }

    private static long size(AttributeValue value) {
        switch (value.type()) {
            case S:
                return utf8(value.s());
            case N:
                return numberSize(value.n());
            case B:
                return bytes(value.b());
            case BOOL:
            case NUL:
                return 1;
            case SS:
                return value.ss().stream().mapToLong(CapacityMath::utf8).sum();
            case NS:
                return value.ns().stream().mapToLong(CapacityMath::numberSize).sum();
            case BS:
                return value.bs().stream().mapToLong(CapacityMath::bytes).sum();
            case L:
                return DOCUMENT_BYTES + value.l().stream().mapToLong(element -> ELEMENT_BYTES + size(element)).sum();
            case M:
                return DOCUMENT_BYTES + value.m().entrySet().stream()
                        .mapToLong(entry -> ELEMENT_BYTES + utf8(entry.getKey()) + size(entry.getValue())).sum();
            default:
                throw new IllegalArgumentException("not a DynamoDB attribute value: " + value);
        }
    }

    /** Whole numbers: a byte, a byte per two significant digits, a byte for the sign. */
    private static long numberSize(String number) {
        BigDecimal value = new BigDecimal(number).stripTrailingZeros();
        if (value.signum() == 0) {
            return 1;
        }
        return 1 + (value.precision() + 1) / 2 + (value.signum() < 0 ? 1 : 0);
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long bytes(SdkBytes bytes) {
        return bytes.asByteArrayUnsafe().length;
    }

    /** Step 2: a transaction prepares and commits, so each of its writes is charged twice. */
    public static double writeUnits(long itemBytes, boolean transactional) {
        return blocks(itemBytes, WRITE_BLOCK) * (transactional ? 2 : 1);
    }

    /** Step 2: consistency sets the price of each 4 KB block. */
    public static double readUnits(long itemBytes, ReadConsistency consistency) {
        return blocks(itemBytes, READ_BLOCK) * perBlock(consistency);
    }

    /** Step 2: a query is billed on the sum of what it read, so many small items share their blocks. */
    public static double queryUnits(List<Long> itemBytes, ReadConsistency consistency) {
        return readUnits(itemBytes.stream().mapToLong(Long::longValue).sum(), consistency);
    }

    private static long blocks(long bytes, int blockBytes) {
        return Math.max(1, (bytes + blockBytes - 1) / blockBytes);
    }

    private static double perBlock(ReadConsistency consistency) {
        switch (consistency) {
            case EVENTUAL:
                return 0.5;
            case STRONG:
                return 1;
            default:
                return 2;
        }
    }
}
