package io.ddbworkbench.toolkit.expression;

import io.ddbworkbench.toolkit.item.Values;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One expression (condition, filter, key condition, update or projection) with the {@code #name} and
 * {@code :value} placeholders it uses. Written by hand with {@link #of}, or produced by the typed builders
 * ({@link Condition}, {@link KeyCondition}), which choose placeholders that cannot clash.
 */
public record Expression(String text, Map<String, String> names, Map<String, AttributeValue> values) {

    public Expression {
        Objects.requireNonNull(text, "text");
        names = Map.copyOf(names);
        values = Map.copyOf(values);
    }

    /** An expression that needs no placeholders, or whose attribute names are all plain words. */
    public static Expression of(String text) {
        return new Expression(text, Map.of(), Map.of());
    }

    /** An expression with {@code :value} placeholders given as plain Java values (see {@link Values}). */
    public static Expression of(String text, Map<String, ?> values) {
        return of(text, Map.of(), values);
    }

    /** A projection expression naming the attributes (or document paths) to return. */
    public static Expression projection(String... paths) {
        if (paths.length == 0) {
            throw new IllegalArgumentException("a projection names at least one attribute");
        }
        Placeholders placeholders = new Placeholders("p");
        StringBuilder text = new StringBuilder();
        for (String path : paths) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(placeholders.path(path));
        }
        return placeholders.toExpression(text.toString());
    }

    public static Expression of(String text, Map<String, String> names, Map<String, ?> values) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        values.forEach((placeholder, value) -> converted.put(placeholder, Values.of(value)));
        return new Expression(text, names, converted);
    }
}
