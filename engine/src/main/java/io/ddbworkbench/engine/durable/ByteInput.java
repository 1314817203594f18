package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.storage.ItemCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads what {@link ByteOutput} wrote, from one frame's payload. Every read is bounds-checked: a payload
 * that passed its CRC but does not decode is corruption, reported with the file and the frame's offset.
 */
final class ByteInput {
    private final byte[] bytes;
    private final Path file;
    private final long frameOffset;
    private int position;

    ByteInput(byte[] bytes, Path file, long frameOffset) {
        this.bytes = bytes;
        this.file = file;
        this.frameOffset = frameOffset;
    }

    int readByte() {
        need(1);
        return bytes[position++] & 0xFF;
    }

    long readVarLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int next = readByte();
            value |= (long) (next & 0x7F) << shift;
            if (next < 0x80) {
                return value;
            }
        }
        throw corrupt("a length runs over ten bytes");
    }

    /** A length or element count: each byte or element takes at least one byte, so it cannot pass the end. */
    int readLength() {
        long value = readVarLong();
        if (value > bytes.length - position) {
            throw corrupt("a length of " + value + " is impossible");
        }
        return (int) value;
    }

    long readLong() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }

    byte[] readBytes() {
        int length = readLength();
        need(length);
        byte[] value = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    String readString() {
        int length = readLength();
        need(length);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    boolean readBoolean() {
        int value = readByte();
        if (value > 1) {
            throw corrupt("a flag of " + value);
        }
        return value == 1;
    }

    Instant readInstant() {
        long seconds = readLong();
        long nanos = readVarLong();
        if (nanos >= 1_000_000_000L) {
            throw corrupt("an instant with " + nanos + " nanoseconds");
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    <E extends Enum<E>> E readEnum(Class<E> type) {
        String name = readString();
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw corrupt("'" + name + "' is not a " + type.getSimpleName());
        }
    }

    /** What {@link ByteOutput#writeItem} wrote. */
    Item readItem() {
        byte[] encoded = readBytes();
        try {
            return ItemCodec.decode(encoded);
        } catch (RuntimeException e) {
            throw corrupt("an item does not decode (" + e + ")");
        }
    }

    /** What {@link ByteOutput#writeOptional} wrote: the value, or null. */
    <T> T readOptional(Function<ByteInput, T> read) {
        return readBoolean() ? read.apply(this) : null;
    }

    /** What {@link ByteOutput#writeList} wrote, each element read by {@code read}. */
    <T> List<T> readList(Function<ByteInput, T> read) {
        int count = readLength();
        List<T> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            elements.add(read.apply(this));
        }
        return elements;
    }

    boolean hasMore() {
        return position < bytes.length;
    }

    /** Fails unless the whole payload has been read: trailing bytes mean the reader and writer disagree. */
    void expectEnd() {
        if (hasMore()) {
            throw corrupt((bytes.length - position) + " unexpected bytes at the end of a record");
        }
    }

    CorruptFileException corrupt(String problem) {
        return new CorruptFileException(file, frameOffset, problem);
    }

    private void need(int count) {
        if (count < 0 || position + count > bytes.length) {
            throw corrupt("a record ends in the middle of a value");
        }
    }
}
