package io.ddbworkbench.engine.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Serialises a {@link JsonValue} to compact UTF-8 JSON. */
public final class JsonWriter {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /**
     * A plain growable buffer: responses are written a byte at a time, and the synchronised
     * ByteArrayOutputStream made that the engine's hottest path.
     */
    private final Buffer out = new Buffer();

    public static byte[] toBytes(JsonValue value) {
        JsonWriter writer = new JsonWriter();
        writer.write(value);
        return writer.out.toByteArray();
    }

    public static String toJson(JsonValue value) {
        return new String(toBytes(value), StandardCharsets.UTF_8);
    }

    private void write(JsonValue value) {
        if (value instanceof JsonObject object) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : object.entries()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                writeString(member.getKey());
                out.write(':');
                write(member.getValue());
            }
            out.write('}');
        } else if (value instanceof JsonArray array) {
            out.write('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(array.get(i));
            }
            out.write(']');
        } else if (value instanceof JsonString string) {
            writeString(string.value());
        } else if (value instanceof JsonNumber number) {
            writeAscii(number.text());
        } else if (value instanceof JsonBoolean bool) {
            writeAscii(bool.value() ? "true" : "false");
        } else {
            writeAscii("null");
        }
    }

    private void writeAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }

    private void writeString(String text) {
        out.write('"');
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c < 0x20) {
                switch (c) {
                    case '\n': out.write('\\'); out.write('n'); break;
                    case '\r': out.write('\\'); out.write('r'); break;
                    case '\t': out.write('\\'); out.write('t'); break;
                    case '\b': out.write('\\'); out.write('b'); break;
                    case '\f': out.write('\\'); out.write('f'); break;
                    default:
                        out.write('\\');
                        out.write('u');
                        out.write('0');
                        out.write('0');
                        out.write(HEX[c >> 4]);
                        out.write(HEX[c & 0xF]);
                }
            } else if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                out.write(0xF0 | (codePoint >> 18));
                out.write(0x80 | ((codePoint >> 12) & 0x3F));
                out.write(0x80 | ((codePoint >> 6) & 0x3F));
                out.write(0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate has no UTF-8 form; escape it so the output stays valid JSON.
                out.write('\\');
                out.write('u');
                out.write(HEX[(c >> 12) & 0xF]);
                out.write(HEX[(c >> 8) & 0xF]);
                out.write(HEX[(c >> 4) & 0xF]);
                out.write(HEX[c & 0xF]);
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        out.write('"');
    }

    private static final class Buffer {
        private byte[] bytes = new byte[1024];
        private int length;

        void write(int b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
