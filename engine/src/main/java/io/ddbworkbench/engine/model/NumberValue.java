package io.ddbworkbench.engine.model;

import io.ddbworkbench.engine.error.ApiException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * A Number (N) value: a decimal of up to 38 significant digits with magnitude between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125. Held normalised (no trailing zeros), compared numerically,
 * and written on the wire in plain (non-exponent) notation as the service does.
 */
public final class NumberValue implements AttributeValue, Comparable<NumberValue> {
    public static final int MAX_PRECISION = 38;
    public static final int MAX_EXPONENT = 125;
    public static final int MIN_EXPONENT = -130;

    /** Context for arithmetic: results are rounded to what the service can store before range checks. */
    public static final MathContext ARITHMETIC = new MathContext(MAX_PRECISION);

    private final BigDecimal value;
    private String text;

    private NumberValue(BigDecimal normalised) {
        this.value = normalised;
    }

    /** Parses and validates a number as the service does, with its error messages. */
    public static NumberValue parse(String text) {
        if (text == null || text.isEmpty()) {
            throw ApiException.validation("The parameter cannot be converted to a numeric value");
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw ApiException.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        return of(parsed);
    }

    /** Validates an already computed decimal (the result of SET a = b + c, ADD) against the service's limits. */
    public static NumberValue of(BigDecimal decimal) {
        BigDecimal normalised = normalise(decimal);
        if (normalised.signum() != 0) {
            long exponent = (long) normalised.precision() - normalised.scale() - 1;
            if (exponent > MAX_EXPONENT) {
                throw ApiException.validation(
                        "Number overflow. Attempting to store a number with magnitude larger than supported range");
            }
            if (exponent < MIN_EXPONENT) {
                throw ApiException.validation(
                        "Number underflow. Attempting to store a number with magnitude smaller than supported range");
            }
            if (normalised.precision() > MAX_PRECISION) {
                throw ApiException.validation("Attempting to store more than 38 significant digits in a Number");
            }
        }
        return new NumberValue(normalised);
    }

    public static NumberValue of(long value) {
        return new NumberValue(normalise(BigDecimal.valueOf(value)));
    }

    private static BigDecimal normalise(BigDecimal decimal) {
        return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    }

    public BigDecimal decimal() {
        return value;
    }

    public NumberValue add(NumberValue other) {
        return of(value.add(other.value, ARITHMETIC));
    }

    public NumberValue subtract(NumberValue other) {
        return of(value.subtract(other.value, ARITHMETIC));
    }

    /** The wire form: plain notation, no trailing zeros, "0" for any zero. */
    public String text() {
        String cached = text;
        if (cached == null) {
            cached = value.toPlainString();
            text = cached;
        }
        return cached;
    }

    @Override
    public AttributeType type() {
        return AttributeType.N;
    }

    /**
     * 1 byte, plus one byte per two significant digits of the integer part and of the fraction part (each
     * rounded up), plus one byte for a negative sign. Matches sizes measured against the service, which the
     * developer guide's simpler rule gets wrong for digits on both sides of the point.
     */
    @Override
    public int size() {
        if (value.signum() == 0) {
            return 1;
        }
        int digits = value.precision();
        int scale = value.scale();
        int integerDigits;
        int fractionDigits;
        if (scale <= 0) {
            integerDigits = digits;
            fractionDigits = 0;
        } else if (digits - scale <= 0) {
            integerDigits = 0;
            fractionDigits = digits;
        } else {
            integerDigits = digits - scale;
            fractionDigits = scale;
        }
        return 1 + (integerDigits + 1) / 2 + (fractionDigits + 1) / 2 + (value.signum() < 0 ? 1 : 0);
    }

    /** True when the value is a whole number that fits in a long. */
    public boolean isLong() {
        if (value.scale() > 0) {
            return false;
        }
        BigInteger integer = value.toBigInteger();
        return integer.bitLength() < 64;
    }

    @Override
    public int compareTo(NumberValue other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberValue number && value.compareTo(number.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.hashCode(); // normalised, so equal values share a representation
    }

    @Override
    public String toString() {
        return "N(" + text() + ")";
    }
}
