package io.ddbworkbench.engine.validation;

import io.ddbworkbench.engine.error.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects request-shape violations and reports them the way the service's validation layer does:
 * {@code "1 validation error detected: Value 'x' at 'tableName' failed to satisfy constraint: ..."}, joined
 * with "; " when there are several (the service stops listing after ten).
 */
public final class Constraints {
    public static final String NAME_PATTERN = "[a-zA-Z0-9_.-]+";
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
    private static final int MAX_REPORTED = 10;

    private final List<String> errors = new ArrayList<>();

    public static Constraints check() {
        return new Constraints();
    }

    public Constraints notNull(String path, Object value) {
        if (value == null) {
            add(path, null, "Member must not be null");
        }
        return this;
    }

    /** A table name in a data-plane request: at least one character, the name pattern, at most 255. */
    public Constraints tableName(String path, String value) {
        if (value == null) {
            return notNull(path, null);
        }
        if (value.isEmpty()) {
            add(path, value, "Member must have length greater than or equal to 1");
        } else if (!NAME.matcher(value).matches()) {
            add(path, value, "Member must satisfy regular expression pattern: " + NAME_PATTERN);
        }
        if (value.length() > 255) {
            add(path, value, "Member must have length less than or equal to 255");
        }
        return this;
    }

    /** A table or index name being created: the name pattern and 3 to 255 characters. */
    public Constraints newResourceName(String path, String value) {
        if (value == null) {
            return notNull(path, null);
        }
        if (!NAME.matcher(value).matches()) {
            add(path, value, "Member must satisfy regular expression pattern: " + NAME_PATTERN);
        }
        return length(path, value, 3, 255);
    }

    public Constraints length(String path, String value, int min, int max) {
        if (value != null) {
            if (value.length() < min) {
                add(path, value, "Member must have length greater than or equal to " + min);
            }
            if (value.length() > max) {
                add(path, value, "Member must have length less than or equal to " + max);
            }
        }
        return this;
    }

    /** Size bounds on a list or map member; {@code rendered} is how the service prints the value. */
    public Constraints size(String path, Collection<?> value, String rendered, int min, int max) {
        if (value != null) {
            if (value.size() < min) {
                add(path, rendered, "Member must have length greater than or equal to " + min);
            }
            if (value.size() > max) {
                add(path, rendered, "Member must have length less than or equal to " + max);
            }
        }
        return this;
    }

    public Constraints range(String path, Long value, long min, long max) {
        if (value != null) {
            if (value < min) {
                add(path, Long.toString(value), "Member must have value greater than or equal to " + min);
            }
            if (value > max) {
                add(path, Long.toString(value), "Member must have value less than or equal to " + max);
            }
        }
        return this;
    }

    public Constraints oneOf(String path, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(path, value, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
        }
        return this;
    }

    /** Adds a violation directly; {@code value} null prints as {@code Value null}. */
    public Constraints add(String path, String value, String constraint) {
        errors.add("Value " + (value == null ? "null" : "'" + value + "'") + " at '" + path
                + "' failed to satisfy constraint: " + constraint);
        return this;
    }

    /** Adds a violation the service reports without the offending value ({@code Value at 'Limit' ...}). */
    public Constraints addWithoutValue(String path, String constraint) {
        errors.add("Value at '" + path + "' failed to satisfy constraint: " + constraint);
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the ValidationException listing the violations, if there are any. */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        List<String> reported = errors.size() > MAX_REPORTED ? errors.subList(0, MAX_REPORTED) : errors;
        throw ApiException.validation(reported.size() + " validation error" + (reported.size() == 1 ? "" : "s")
                + " detected: " + String.join("; ", reported));
    }
}
