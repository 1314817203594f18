package io.ddbworkbench.toolkit.query;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a LastEvaluatedKey into an opaque, URL-safe string a web app can hand to its client ("next page"),
 * and back into an ExclusiveStartKey. Keys hold only strings, numbers and binaries, so the format is small:
 * {@code name:type:value} pairs, URL-encoded, joined by {@code &}, then base64url. The token is not signed: a
 * client can forge one, which lets it start a page elsewhere in the same table or index and nothing more.
 */
public final class ResumeToken {
    private ResumeToken() {
    }

    public static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, AttributeValue> attribute : new TreeMap<>(lastEvaluatedKey).entrySet()) {
            AttributeValue value = attribute.getValue();
            String typed;
            if (value.s() != null) {
                typed = "S:" + encodePart(value.s());
            } else if (value.n() != null) {
                typed = "N:" + encodePart(value.n());
            } else if (value.b() != null) {
                typed = "B:" + Base64.getUrlEncoder().withoutPadding().encodeToString(value.b().asByteArrayUnsafe());
            } else {
                throw new IllegalArgumentException("a key attribute is a string, number or binary: " + attribute);
            }
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(encodePart(attribute.getKey())).append(':').append(typed);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException when {@code token} was not made by {@link #encode}
     */
    public static Map<String, AttributeValue> decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            for (String pair : text.split("&")) {
                String[] parts = pair.split(":", 3);
                if (parts.length != 3) {
                    throw new IllegalArgumentException("malformed pair");
                }
                key.put(decodePart(parts[0]), value(parts[1], parts[2]));
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a resume token from this toolkit: " + token, e);
        }
    }

    private static AttributeValue value(String type, String encoded) {
        switch (type) {
            case "S":
                return AttributeValue.fromS(decodePart(encoded));
            case "N":
                return AttributeValue.fromN(decodePart(encoded));
            case "B":
                return AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getUrlDecoder().decode(encoded)));
            default:
                throw new IllegalArgumentException("unknown key type " + type);
        }
    }

    private static String encodePart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decodePart(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
