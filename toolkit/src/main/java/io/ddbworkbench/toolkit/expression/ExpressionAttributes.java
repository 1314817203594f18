package io.ddbworkbench.toolkit.expression;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Gathers the placeholders of a request's several expressions (key condition, filter, projection, ...) into
 * the one ExpressionAttributeNames / ExpressionAttributeValues pair the request carries, and refuses a
 * placeholder that two expressions define differently.
 */
public final class ExpressionAttributes {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** Adds an expression's placeholders and returns its text, or {@code null} for no expression. */
    public String add(Expression expression) {
        if (expression == null) {
            return null;
        }
        expression.names().forEach((placeholder, name) -> merge(names, placeholder, name));
        expression.values().forEach((placeholder, value) -> merge(values, placeholder, value));
        return expression.text();
    }

    /** The names, or {@code null} when there are none (the service refuses an empty map). */
    public Map<String, String> names() {
        return names.isEmpty() ? null : Map.copyOf(names);
    }

    /** The values, or {@code null} when there are none (the service refuses an empty map). */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : Map.copyOf(values);
    }

    private static <V> void merge(Map<String, V> into, String placeholder, V value) {
        V previous = into.putIfAbsent(placeholder, value);
        if (previous != null && !previous.equals(value)) {
            throw new IllegalArgumentException("placeholder " + placeholder + " means both " + previous + " and "
                    + value + " in one request; rename one of them");
        }
    }
}
