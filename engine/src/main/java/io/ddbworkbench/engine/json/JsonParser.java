package io.ddbworkbench.engine.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser over UTF-8 bytes. Nesting is bounded so a hostile body cannot exhaust the stack.
 */
public final class JsonParser {
    /** Far above anything a valid request needs (items nest at most 32 levels), far below the stack limit. */
    static final int MAX_DEPTH = 512;

    private final byte[] input;
    private int position;
    private int depth;

    private JsonParser(byte[] input) {
        this.input = input;
    }

    public static JsonValue parse(byte[] utf8) {
        JsonParser parser = new JsonParser(utf8);
        parser.skipWhitespace();
        JsonValue value = parser.readValue();
        parser.skipWhitespace();
        if (parser.position != utf8.length) {
            throw parser.error("unexpected data after the JSON value");
        }
        return value;
    }

    public static JsonValue parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonValue readValue() {
        if (position >= input.length) {
            throw error("unexpected end of input");
        }
        byte next = input[position];
        switch (next) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return new JsonString(readString());
            case 't':
                expectLiteral("true");
                return JsonBoolean.TRUE;
            case 'f':
                expectLiteral("false");
                return JsonBoolean.FALSE;
            case 'n':
                expectLiteral("null");
                return JsonNull.INSTANCE;
            default:
                if (next == '-' || (next >= '0' && next <= '9')) {
                    return readNumber();
                }
                throw error("unexpected character");
        }
    }

    private JsonObject readObject() {
        enter();
        position++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return new JsonObject(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String name = readString();
            skipWhitespace();
            if (peek() != ':') {
                throw error("expected ':'");
            }
            position++;
            skipWhitespace();
            members.put(name, readValue());
            skipWhitespace();
            byte separator = peek();
            position++;
            if (separator == '}') {
                depth--;
                return new JsonObject(members);
            }
            if (separator != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private JsonArray readArray() {
        enter();
        position++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return new JsonArray(elements);
        }
        while (true) {
            skipWhitespace();
            elements.add(readValue());
            skipWhitespace();
            byte separator = peek();
            position++;
            if (separator == ']') {
                depth--;
                return new JsonArray(elements);
            }
            if (separator != ',') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting too deep");
        }
    }

    private String readString() {
        position++;
        int start = position;
        // Fast path: no escapes, so the bytes can be decoded in one go.
        while (position < input.length) {
            byte b = input[position];
            if (b == '"') {
                String text = new String(input, start, position - start, StandardCharsets.UTF_8);
                position++;
                return text;
            }
            if (b == '\\') {
                break;
            }
            if ((b & 0xFF) < 0x20) {
                throw error("control character in string");
            }
            position++;
        }
        StringBuilder text = new StringBuilder(new String(input, start, position - start, StandardCharsets.UTF_8));
        int chunkStart = position;
        while (position < input.length) {
            byte b = input[position];
            if (b == '"') {
                text.append(new String(input, chunkStart, position - chunkStart, StandardCharsets.UTF_8));
                position++;
                return text.toString();
            }
            if ((b & 0xFF) < 0x20) {
                throw error("control character in string");
            }
            if (b == '\\') {
                text.append(new String(input, chunkStart, position - chunkStart, StandardCharsets.UTF_8));
                position++;
                if (position >= input.length) {
                    break;
                }
                byte escaped = input[position++];
                switch (escaped) {
                    case '"': text.append('"'); break;
                    case '\\': text.append('\\'); break;
                    case '/': text.append('/'); break;
                    case 'b': text.append('\b'); break;
                    case 'f': text.append('\f'); break;
                    case 'n': text.append('\n'); break;
                    case 'r': text.append('\r'); break;
                    case 't': text.append('\t'); break;
                    case 'u': text.append(readHexChar()); break;
                    default: throw error("invalid escape");
                }
                chunkStart = position;
                continue;
            }
            position++;
        }
        throw error("unterminated string");
    }

    private char readHexChar() {
        if (position + 4 > input.length) {
            throw error("truncated unicode escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(input[position++], 16);
            if (digit < 0) {
                throw error("invalid unicode escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private JsonNumber readNumber() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                position++;
            }
        } else {
            throw error("invalid number");
        }
        if (peek() == '.') {
            position++;
            if (!isDigit(peek())) {
                throw error("invalid number");
            }
            while (isDigit(peek())) {
                position++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!isDigit(peek())) {
                throw error("invalid number");
            }
            while (isDigit(peek())) {
                position++;
            }
        }
        return new JsonNumber(new String(input, start, position - start, StandardCharsets.US_ASCII));
    }

    private void expectLiteral(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (position >= input.length || input[position] != literal.charAt(i)) {
                throw error("invalid literal");
            }
            position++;
        }
    }

    private byte peek() {
        return position < input.length ? input[position] : 0;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private void skipWhitespace() {
        while (position < input.length) {
            byte b = input[position];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            position++;
        }
    }

    private JsonSyntaxException error(String what) {
        return new JsonSyntaxException(what + " at offset " + position);
    }
}
