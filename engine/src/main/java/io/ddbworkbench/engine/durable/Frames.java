package io.ddbworkbench.engine.durable;

import java.util.zip.CRC32C;

/**
 * How every storage file is cut into records: a 12-byte header (payload length, the length's bitwise
 * complement, the payload's CRC32C) and the payload. The complement tells a header damaged on disk from one a
 * crash cut short, which matters because only the second may be dropped.
 */
final class Frames {
    static final int HEADER_BYTES = 12;
    /** Larger than any record the engine writes (a transaction is at most 4 MB of items). */
    static final int MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

    private Frames() {
    }

    /** Appends one frame holding {@code length} bytes of {@code payload}. */
    static void append(ByteOutput target, byte[] payload, int length) {
        if (length <= 0 || length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("record of " + length + " bytes");
        }
        writeInt(target, length);
        writeInt(target, ~length);
        writeInt(target, checksum(payload, 0, length));
        target.writeRaw(payload, 0, length);
    }

    static int checksum(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static void writeInt(ByteOutput target, int value) {
        target.writeByte(value >>> 24);
        target.writeByte(value >>> 16);
        target.writeByte(value >>> 8);
        target.writeByte(value);
    }
}
