package io.ddbworkbench.engine.json;

import java.math.BigDecimal;

/** A JSON number kept as its source text, so no precision is lost before the engine decides what it needs. */
public record JsonNumber(String text) implements JsonValue {

    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value));
    }

    public static JsonNumber of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return new JsonNumber(Long.toString((long) value));
        }
        return new JsonNumber(Double.toString(value));
    }

    public static JsonNumber of(BigDecimal value) {
        return new JsonNumber(value.toPlainString());
    }

    public BigDecimal decimal() {
        return new BigDecimal(text);
    }

    /** True when the text has no fraction or exponent, as a Java integral type would need. */
    public boolean isIntegral() {
        return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    @Override
    public Kind kind() {
        return Kind.NUMBER;
    }
}
