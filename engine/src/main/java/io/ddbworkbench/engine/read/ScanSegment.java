package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.OrderedKey;
import io.ddbworkbench.engine.validation.Constraints;
import java.math.BigInteger;

/**
 * The Segment and TotalSegments of a parallel scan. Entries are stored in order of their partition key's
 * hash, a non-negative 63-bit number, so cutting that range into equal slices gives every entry exactly one
 * segment and every segment a contiguous stretch of storage that paginates on its own, as on the service.
 */
public final class ScanSegment {
    private static final BigInteger HASH_SPACE = BigInteger.ONE.shiftLeft(63);
    private static final long MAX_TOTAL_SEGMENTS = 1_000_000;

    private final Long segment;
    private final Long totalSegments;

    private ScanSegment(Long segment, Long totalSegments) {
        this.segment = segment;
        this.totalSegments = totalSegments;
    }

    public static ScanSegment read(JsonObject request) {
        return new ScanSegment(JsonFields.integer(request, "Segment", "Integer"),
                JsonFields.integer(request, "TotalSegments", "Integer"));
    }

    public void constrain(Constraints check) {
        check.range("segment", segment, 0, Integer.MAX_VALUE)
                .range("totalSegments", totalSegments, 1, MAX_TOTAL_SEGMENTS);
    }

    /** Segment and TotalSegments come together, the segment numbered from zero. */
    public void checkCombination() {
        if (segment != null && totalSegments == null) {
            throw ApiException.validation("The TotalSegments parameter is required but was not present in the request"
                    + " when Segment parameter is present");
        }
        if (totalSegments != null && segment == null) {
            throw ApiException.validation("The Segment parameter is required but was not present in the request"
                    + " when parameter TotalSegments is present");
        }
        if (segment != null && segment >= totalSegments) {
            throw ApiException.validation("The Segment parameter is zero-based and must be less than parameter"
                    + " TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
        }
    }

    /** Reads one page of the segment (the whole table or index without a segment), resuming after the start key. */
    public JsonObject readPage(RangeReadRequest read, ReadTarget target) {
        OrderedKey start = read.startPosition(target);
        if (start != null && !contains(start.hash())) {
            throw ApiException.validation("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use"
                    + " ExclusiveStartKey with correct Segment. TotalSegments: " + totalSegments
                    + " Segment: " + segment);
        }
        OrderedKey from = start != null ? start : boundary(first());
        return read.readPage(target, target.store().range(from, start == null, boundary(first() + 1), false, false));
    }

    private long first() {
        return segment == null ? 0 : segment;
    }

    private long total() {
        return totalSegments == null ? 1 : totalSegments;
    }

    /** True when entries whose partition hashes to {@code hash} belong to this segment. */
    boolean contains(long hash) {
        OrderedKey position = OrderedKey.atHash(hash);
        OrderedKey from = boundary(first());
        OrderedKey to = boundary(first() + 1);
        return (from == null || position.compareTo(from) >= 0) && (to == null || position.compareTo(to) < 0);
    }

    /** Where segment {@code index} starts; null for the first segment's start and the last one's end. */
    private OrderedKey boundary(long index) {
        if (index == 0 || index == total()) {
            return null;
        }
        return OrderedKey.atHash(HASH_SPACE.multiply(BigInteger.valueOf(index))
                .divide(BigInteger.valueOf(total())).longValueExact());
    }
}
