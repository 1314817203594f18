package io.ddbworkbench.toolkit.expression;

import io.ddbworkbench.toolkit.item.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * A condition or filter expression built in Java, e.g.
 * {@code Condition.attribute("Age").gt(25).and(Condition.attribute("Status").eq("active"))}. Values are plain
 * Java values (see {@link Values}); names and values always go through placeholders, so reserved words are
 * never a problem.
 */
public final class Condition {
    private final Renderer renderer;

    private Condition(Renderer renderer) {
        this.renderer = renderer;
    }

    /** Starts a comparison on an attribute or document path ({@code Address.City}, {@code Tags[0]}). */
    public static Operand attribute(String path) {
        return new Operand(path);
    }

    public Condition and(Condition other) {
        return combine("AND", other);
    }

    public Condition or(Condition other) {
        return combine("OR", other);
    }

    public Condition not() {
        return new Condition((out, placeholders) -> {
            out.append("NOT (");
            renderer.render(out, placeholders);
            out.append(')');
        });
    }

    /** The expression, with placeholders starting with {@code prefix} (one prefix per expression of a request). */
    public Expression toExpression(String prefix) {
        Placeholders placeholders = new Placeholders(prefix);
        StringBuilder text = new StringBuilder();
        renderer.render(text, placeholders);
        return placeholders.toExpression(text.toString());
    }

    private Condition combine(String operator, Condition other) {
        return new Condition((out, placeholders) -> {
            out.append('(');
            renderer.render(out, placeholders);
            out.append(' ').append(operator).append(' ');
            other.renderer.render(out, placeholders);
            out.append(')');
        });
    }

    @FunctionalInterface
    private interface Renderer {
        void render(StringBuilder out, Placeholders placeholders);
    }

    /** The left-hand side of a comparison: one attribute. */
    public static final class Operand {
        private final String path;

        private Operand(String path) {
            this.path = path;
        }

        public Condition eq(Object value) {
            return compare("=", value);
        }

        public Condition ne(Object value) {
            return compare("<>", value);
        }

        public Condition lt(Object value) {
            return compare("<", value);
        }

        public Condition le(Object value) {
            return compare("<=", value);
        }

        public Condition gt(Object value) {
            return compare(">", value);
        }

        public Condition ge(Object value) {
            return compare(">=", value);
        }

        /** Inclusive on both ends, as in DynamoDB. */
        public Condition between(Object low, Object high) {
            return new Condition((out, placeholders) -> out.append(placeholders.path(path)).append(" BETWEEN ")
                    .append(placeholders.value(Values.of(low))).append(" AND ")
                    .append(placeholders.value(Values.of(high))));
        }

        public Condition in(Object... candidates) {
            if (candidates.length == 0) {
                throw new IllegalArgumentException("IN needs at least one value");
            }
            return new Condition((out, placeholders) -> {
                List<String> rendered = new ArrayList<>();
                for (Object candidate : candidates) {
                    rendered.add(placeholders.value(Values.of(candidate)));
                }
                out.append(placeholders.path(path)).append(" IN (").append(String.join(", ", rendered)).append(')');
            });
        }

        public Condition beginsWith(Object prefix) {
            return function("begins_with", prefix);
        }

        /** A substring of a string, or an element of a set or list. */
        public Condition contains(Object element) {
            return function("contains", element);
        }

        public Condition exists() {
            return new Condition((out, placeholders) -> out.append("attribute_exists(")
                    .append(placeholders.path(path)).append(')'));
        }

        public Condition notExists() {
            return new Condition((out, placeholders) -> out.append("attribute_not_exists(")
                    .append(placeholders.path(path)).append(')'));
        }

        private Condition compare(String operator, Object value) {
            return new Condition((out, placeholders) -> out.append(placeholders.path(path)).append(' ')
                    .append(operator).append(' ').append(placeholders.value(Values.of(value))));
        }

        private Condition function(String name, Object argument) {
            return new Condition((out, placeholders) -> out.append(name).append('(').append(placeholders.path(path))
                    .append(", ").append(placeholders.value(Values.of(argument))).append(')'));
        }
    }
}
