package io.ddbworkbench.engine.console;

import java.util.Map;

/** The query parameters of one console request; an empty value counts as absent, as an empty form field. */
final class Parameters {
    private final Map<String, String> values;

    Parameters(Map<String, String> values) {
        this.values = values;
    }

    /** The value, or null when absent or empty. */
    String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The {@code limit} parameter: {@code fallback} when absent, else a whole number from 1 to {@code max}. */
    int limit(int fallback, int max) {
        String text = get("limit");
        if (text == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below with the accepted range
        }
        throw ConsoleException.badRequest("limit must be a whole number from 1 to " + max + ", not '" + text + "'");
    }
}
