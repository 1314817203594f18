package io.ddbworkbench.engine.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw query strings and AWS URI encoding. Signatures are computed over a canonical form (every name and value
 * decoded, then encoded again by one strict rule, then sorted), so two clients that escape differently still
 * sign the same text.
 */
final class QueryString {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryString() {
    }

    /** Decoded parameters in order of appearance; the first of repeated names wins. */
    static Map<String, String> parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String[] pair : pairs(raw)) {
            parameters.putIfAbsent(decode(pair[0]), decode(pair[1]));
        }
        return parameters;
    }

    /** The canonical query string of SigV4, leaving out the parameter named {@code excluded} (may be null). */
    static String canonical(String raw, String excluded) {
        List<String> encoded = new ArrayList<>();
        for (String[] pair : pairs(raw)) {
            String name = decode(pair[0]);
            if (!name.equals(excluded)) {
                encoded.add(encode(name, true) + "=" + encode(decode(pair[1]), true));
            }
        }
        encoded.sort(null);
        return String.join("&", encoded);
    }

    private static List<String[]> pairs(String raw) {
        List<String[]> pairs = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            pairs.add(equals < 0 ? new String[] {part, ""}
                    : new String[] {part.substring(0, equals), part.substring(equals + 1)});
        }
        return pairs;
    }

    /** Percent-decoding only ('+' stays '+'); a malformed escape is kept as it is. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int high = text.charAt(i) == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** SigV4's URI encoding: unreserved characters stay, every other byte becomes %XX; '/' only if asked. */
    static String encode(String text, boolean encodeSlash) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
            if (unreserved || (c == '/' && !encodeSlash)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }
}
