package io.ddbworkbench.engine.durable;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Items on disk: a compact binary form (a tag byte per value, length-prefixed strings) rather than the wire
 * JSON, because every acknowledged write pays for encoding it and a restart pays for decoding every item.
 * Numbers keep their decimal text so nothing is lost to binary floating point.
 */
final class ItemCodec {
    private static final int S = 1;
    private static final int N = 2;
    private static final int B = 3;
    private static final int TRUE = 4;
    private static final int FALSE = 5;
    private static final int NULL = 6;
    private static final int SS = 7;
    private static final int NS = 8;
    private static final int BS = 9;
    private static final int L = 10;
    private static final int M = 11;

    private ItemCodec() {
    }

    static void writeItem(ByteOutput out, Item item) {
        writeAttributes(out, item.attributes());
    }

    static Item readItem(ByteInput in) {
        return Item.wrap(readAttributes(in));
    }

    private static void writeAttributes(ByteOutput out, Map<String, AttributeValue> attributes) {
        out.writeVarLong(attributes.size());
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            out.writeString(attribute.getKey());
            writeValue(out, attribute.getValue());
        }
    }

    private static LinkedHashMap<String, AttributeValue> readAttributes(ByteInput in) {
        int count = in.readLength();
        LinkedHashMap<String, AttributeValue> attributes = new LinkedHashMap<>(Math.max(4, count * 2));
        for (int i = 0; i < count; i++) {
            attributes.put(in.readString(), readValue(in));
        }
        return attributes;
    }

    private static void writeValue(ByteOutput out, AttributeValue value) {
        switch (value.type()) {
            case S -> {
                out.writeByte(S);
                out.writeString(((StringValue) value).value());
            }
            case N -> {
                out.writeByte(N);
                out.writeString(((NumberValue) value).text());
            }
            case B -> {
                out.writeByte(B);
                out.writeBytes(((BinaryValue) value).toByteArray());
            }
            case BOOL -> out.writeByte(((BooleanValue) value).value() ? TRUE : FALSE);
            case NULL -> out.writeByte(NULL);
            case SS -> {
                out.writeByte(SS);
                out.writeList(((StringSetValue) value).values(), out::writeString);
            }
            case NS -> {
                out.writeByte(NS);
                out.writeList(((NumberSetValue) value).values(), number -> out.writeString(number.text()));
            }
            case BS -> {
                out.writeByte(BS);
                out.writeList(((BinarySetValue) value).values(), binary -> out.writeBytes(binary.toByteArray()));
            }
            case L -> {
                out.writeByte(L);
                out.writeList(((ListValue) value).values(), element -> writeValue(out, element));
            }
            case M -> {
                out.writeByte(M);
                writeAttributes(out, ((MapValue) value).values());
            }
            default -> throw new IllegalStateException("no encoding for " + value.type());
        }
    }

    private static AttributeValue readValue(ByteInput in) {
        int tag = in.readByte();
        switch (tag) {
            case S:
                return new StringValue(in.readString());
            case N:
                return number(in);
            case B:
                return BinaryValue.wrap(in.readBytes());
            case TRUE:
                return BooleanValue.TRUE;
            case FALSE:
                return BooleanValue.FALSE;
            case NULL:
                return NullValue.INSTANCE;
            case SS:
                return new StringSetValue(in.readList(ByteInput::readString));
            case NS:
                return new NumberSetValue(in.readList(ItemCodec::number));
            case BS:
                return new BinarySetValue(in.readList(input -> BinaryValue.wrap(input.readBytes())));
            case L:
                return new ListValue(in.readList(ItemCodec::readValue));
            case M:
                return new MapValue(readAttributes(in));
            default:
                throw in.corrupt("unknown value tag " + tag);
        }
    }

    private static NumberValue number(ByteInput in) {
        String text = in.readString();
        try {
            return NumberValue.parse(text);
        } catch (RuntimeException e) {
            throw in.corrupt("'" + text + "' is not a number the engine stores");
        }
    }
}
