package io.ddbworkbench.toolkit.expression;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hands out {@code #name} and {@code :value} placeholders for one expression. Every attribute name goes
 * through a placeholder, so reserved words (Name, Status, Timestamp, ...) never break an expression; the
 * prefix keeps the placeholders of a request's several expressions apart.
 */
final class Placeholders {
    private final String prefix;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    Placeholders(String prefix) {
        this.prefix = prefix;
    }

    /**
     * A document path such as {@code Address.City} or {@code Tags[0]}, each name segment replaced by a
     * placeholder (the same name always gets the same one).
     */
    String path(String path) {
        StringBuilder rendered = new StringBuilder();
        for (String segment : path.split("\\.", -1)) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty attribute name in path '" + path + "'");
            }
            if (rendered.length() > 0) {
                rendered.append('.');
            }
            rendered.append(name(name));
            if (bracket >= 0) {
                rendered.append(segment.substring(bracket));
            }
        }
        return rendered.toString();
    }

    private String name(String attribute) {
        for (Map.Entry<String, String> existing : names.entrySet()) {
            if (existing.getValue().equals(attribute)) {
                return existing.getKey();
            }
        }
        String placeholder = "#" + prefix + names.size();
        names.put(placeholder, attribute);
        return placeholder;
    }

    String value(AttributeValue value) {
        String placeholder = ":" + prefix + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    Expression toExpression(String text) {
        return new Expression(text, names, values);
    }
}
