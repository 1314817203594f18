package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.storage.ItemCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A growable byte array with the few encodings the storage files use: unsigned varints for lengths and
 * counts, fixed eight-byte longs, and length-prefixed bytes and UTF-8 strings.
 */
final class ByteOutput {
    private byte[] bytes;
    private int size;

    ByteOutput(int capacity) {
        bytes = new byte[capacity];
    }

    void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    /** A non-negative number in seven-bit groups, low group first: one byte below 128. */
    void writeVarLong(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative length or count: " + value);
        }
        ensure(10);
        long rest = value;
        while (rest >= 0x80) {
            bytes[size++] = (byte) (rest | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    void writeLong(long value) {
        ensure(8);
        setLong(size, value);
        size += 8;
    }

    void setLong(int offset, long value) {
        for (int i = 7; i >= 0; i--) {
            bytes[offset + i] = (byte) value;
            value >>>= 8;
        }
    }

    void writeBytes(byte[] value) {
        writeVarLong(value.length);
        writeRaw(value, 0, value.length);
    }

    void writeString(String value) {
        writeBytes(value.getBytes(StandardCharsets.UTF_8));
    }

    void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    /** Seconds and nanoseconds, so an instant comes back exactly. */
    void writeInstant(Instant instant) {
        writeLong(instant.getEpochSecond());
        writeVarLong(instant.getNano());
    }

    void writeEnum(Enum<?> value) {
        writeString(value.name());
    }

    /** A presence flag, then the value as {@code write} puts it when there is one. */
    <T> void writeOptional(T value, Consumer<T> write) {
        writeBoolean(value != null);
        if (value != null) {
            write.accept(value);
        }
    }

    /** An item in the engine's compact form, the one the in-memory store keeps ({@link ItemCodec}). */
    void writeItem(Item item) {
        writeBytes(ItemCodec.encode(item));
    }

    /** A count, then each element as {@code write} puts it. */
    <T> void writeList(List<T> elements, Consumer<T> write) {
        writeVarLong(elements.size());
        elements.forEach(write);
    }

    void writeRaw(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    int size() {
        return size;
    }

    /** The backing array; only the first {@link #size()} bytes are meaningful. */
    byte[] array() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
