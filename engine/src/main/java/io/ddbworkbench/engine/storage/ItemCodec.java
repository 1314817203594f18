package io.ddbworkbench.engine.storage;

import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinarySetValue;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.BooleanValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.ListValue;
import io.ddbworkbench.engine.model.MapValue;
import io.ddbworkbench.engine.model.NullValue;
import io.ddbworkbench.engine.model.NumberSetValue;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringSetValue;
import io.ddbworkbench.engine.model.StringValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A compact byte form of an item for holding it in memory: about the item's DynamoDB size plus a byte or two per
 * value, where the object form takes two to three times that. The item's size leads the bytes, so a store can
 * account for an item without decoding it.
 *
 * <p>Layout: varint size, varint attribute count, then per attribute its name and value. A name or string is a
 * varint length and UTF-8; a value is its type's ordinal, then: S, N (its text) and B as length-prefixed bytes;
 * BOOL one byte; NULL nothing; a set a varint count and its members as S/N/B; L a count and tagged values; M a
 * count and name/tagged-value pairs.
 */
public final class ItemCodec {
    private static final AttributeType[] TYPES = AttributeType.values();

    private ItemCodec() {
    }

    public static byte[] encode(Item item) {
        Writer out = new Writer(item.size() + 8 + item.attributes().size() * 3);
        out.varint(item.size());
        writeMap(out, item.attributes());
        return out.bytes();
    }

    public static Item decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        int size = in.varint();
        return Item.wrap(readMap(in), size);
    }

    /** The item's DynamoDB size, read from the front of its bytes. */
    public static int size(byte[] bytes) {
        return new Reader(bytes).varint();
    }

    private static void writeMap(Writer out, Map<String, AttributeValue> attributes) {
        out.varint(attributes.size());
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            out.string(attribute.getKey());
            writeValue(out, attribute.getValue());
        }
    }

    private static void writeValue(Writer out, AttributeValue value) {
        AttributeType type = value.type();
        out.raw(type.ordinal());
        switch (type) {
            case S: out.string(((StringValue) value).value()); break;
            case N: out.string(((NumberValue) value).text()); break;
            case B: out.bytes(((BinaryValue) value).toByteArray()); break;
            case BOOL: out.raw(((BooleanValue) value).value() ? 1 : 0); break;
            case NULL: break;
            case SS: writeMany(out, ((StringSetValue) value).values(), out::string); break;
            case NS: writeMany(out, ((NumberSetValue) value).values(), number -> out.string(number.text())); break;
            case BS: writeMany(out, ((BinarySetValue) value).values(), binary -> out.bytes(binary.toByteArray())); break;
            case L: writeMany(out, ((ListValue) value).values(), element -> writeValue(out, element)); break;
            default:
                writeMap(out, ((MapValue) value).values());
        }
    }

    private static <T> void writeMany(Writer out, List<T> elements, Consumer<T> writeElement) {
        out.varint(elements.size());
        elements.forEach(writeElement);
    }

    private static <T> List<T> readMany(Reader in, Function<Reader, T> readElement) {
        int count = in.varint();
        List<T> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            elements.add(readElement.apply(in));
        }
        return elements;
    }

    private static LinkedHashMap<String, AttributeValue> readMap(Reader in) {
        int count = in.varint();
        LinkedHashMap<String, AttributeValue> attributes = new LinkedHashMap<>(count * 4 / 3 + 1);
        for (int i = 0; i < count; i++) {
            String name = in.string();
            attributes.put(name, readValue(in));
        }
        return attributes;
    }

    private static AttributeValue readValue(Reader in) {
        AttributeType type = TYPES[in.raw()];
        switch (type) {
            case S: return new StringValue(in.string());
            case N: return NumberValue.parse(in.string());
            case B: return BinaryValue.wrap(in.bytes());
            case BOOL: return BooleanValue.of(in.raw() == 1);
            case NULL: return NullValue.INSTANCE;
            case SS: return new StringSetValue(readMany(in, Reader::string));
            case NS: return new NumberSetValue(readMany(in, reader -> NumberValue.parse(reader.string())));
            case BS: return new BinarySetValue(readMany(in, reader -> BinaryValue.wrap(reader.bytes())));
            case L: return new ListValue(readMany(in, ItemCodec::readValue));
            default:
                return new MapValue(readMap(in));
        }
    }

    /** A growable byte array. */
    private static final class Writer {
        private byte[] buffer;
        private int length;

        Writer(int capacity) {
            buffer = new byte[capacity];
        }

        void raw(int value) {
            ensure(1);
            buffer[length++] = (byte) value;
        }

        void varint(int value) {
            ensure(5);
            int rest = value;
            while ((rest & ~0x7F) != 0) {
                buffer[length++] = (byte) (rest | 0x80);
                rest >>>= 7;
            }
            buffer[length++] = (byte) rest;
        }

        void string(String value) {
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] value) {
            varint(value.length);
            ensure(value.length);
            System.arraycopy(value, 0, buffer, length, value.length);
            length += value.length;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }

        byte[] bytes() {
            return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static final class Reader {
        private final byte[] buffer;
        private int position;

        Reader(byte[] buffer) {
            this.buffer = buffer;
        }

        int raw() {
            return buffer[position++] & 0xFF;
        }

        int varint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                int next = raw();
                value |= (next & 0x7F) << shift;
                if (next < 0x80) {
                    return value;
                }
            }
        }

        String string() {
            int length = varint();
            String value = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        byte[] bytes() {
            int length = varint();
            byte[] value = Arrays.copyOfRange(buffer, position, position + length);
            position += length;
            return value;
        }
    }
}
