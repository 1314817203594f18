package io.ddbworkbench.engine.stream;

import java.math.BigInteger;

/**
 * Sequence numbers as the wire shows them: decimal strings of at least 21 digits (the service's minimum)
 * that grow with every record. Inside the engine they are plain counters; on the wire each is the counter
 * plus 10^20, so the smallest one already has 21 digits.
 */
final class SequenceNumbers {
    /** Returned by {@link #parse} for text that names no sequence number this engine could have issued. */
    static final long UNKNOWN = -1;

    private static final BigInteger OFFSET = BigInteger.TEN.pow(20);
    private static final BigInteger LARGEST = BigInteger.valueOf(Long.MAX_VALUE);

    private SequenceNumbers() {
    }

    static String format(long sequence) {
        return "1" + String.format("%020d", sequence);
    }

    static long parse(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return UNKNOWN;
            }
        }
        BigInteger counter = new BigInteger(text).subtract(OFFSET);
        return counter.signum() < 0 || counter.compareTo(LARGEST) > 0 ? UNKNOWN : counter.longValue();
    }
}
