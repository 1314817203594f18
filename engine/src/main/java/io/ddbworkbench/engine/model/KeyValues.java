package io.ddbworkbench.engine.model;

import java.nio.charset.StandardCharsets;

/**
 * Ordering and hashing of key values (S, N, B). Sort keys order by UTF-8 bytes, numerically, or by unsigned
 * bytes; partition keys are placed by a hash of their value, so a table's scan order follows the hash and not
 * the order of insertion, as on the service.
 */
public final class KeyValues {
    private KeyValues() {
    }

    /** Compares two scalar values of the same key type. */
    public static int compare(AttributeValue a, AttributeValue b) {
        if (a instanceof StringValue s) {
            return s.compareTo((StringValue) b);
        }
        if (a instanceof NumberValue n) {
            return n.compareTo((NumberValue) b);
        }
        if (a instanceof BinaryValue bin) {
            return bin.compareTo((BinaryValue) b);
        }
        throw new IllegalArgumentException("not a key type: " + a.type());
    }

    /**
     * A 63-bit, well-mixed hash of a partition key value (non-negative, so it sorts as a plain long). The
     * service does not document its function; any stable, uniform hash gives the same teaching picture: keys
     * land in partitions independently of their order.
     */
    public static long partitionHash(AttributeValue value) {
        byte[] bytes;
        if (value instanceof StringValue s) {
            bytes = s.value().getBytes(StandardCharsets.UTF_8);
        } else if (value instanceof NumberValue n) {
            bytes = n.text().getBytes(StandardCharsets.US_ASCII);
        } else if (value instanceof BinaryValue b) {
            bytes = b.internalBytes();
        } else {
            throw new IllegalArgumentException("not a key type: " + value.type());
        }
        long hash = 0xcbf29ce484222325L; // FNV-1a
        for (byte b : bytes) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        hash ^= value.type().ordinal();
        // splitmix64 finaliser for avalanche
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        hash = hash ^ (hash >>> 31);
        return hash >>> 1;
    }
}
