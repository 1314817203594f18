package io.ddbworkbench.engine.action.batch;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.json.JsonWriter;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** The RequestItems map both batch operations take: table names to each table's part of the batch. */
public final class RequestItems {
    private static final Pattern NAME = Pattern.compile(Constraints.NAME_PATTERN);

    private RequestItems() {
    }

    /**
     * Adds the map's own constraints: present, and every key a valid table name. The service prints the whole
     * map as the offending value.
     */
    public static void constrain(Constraints check, JsonObject requestItems) {
        if (requestItems == null) {
            check.notNull("requestItems", null);
            return;
        }
        for (String name : requestItems.names()) {
            if (name.length() < 3 || name.length() > 255 || !NAME.matcher(name).matches()) {
                check.add("requestItems", JsonWriter.toJson(requestItems), "Map keys must satisfy constraint:"
                        + " [Member must have length less than or equal to 255, Member must have length greater than or"
                        + " equal to 3, Member must satisfy regular expression pattern: " + Constraints.NAME_PATTERN + "]");
                return;
            }
        }
    }

    /** Reads each table's part of the map (none when the map is absent), in the order given. */
    public static <T> List<T> read(JsonObject requestItems, BiFunction<String, JsonValue, T> readEntry) {
        List<T> entries = new ArrayList<>();
        if (requestItems != null) {
            requestItems.entries().forEach(entry -> entries.add(readEntry.apply(entry.getKey(), entry.getValue())));
        }
        return entries;
    }

    /** Refuses an empty map, which the service reports apart from the constraint violations. */
    public static void requireNotEmpty(JsonObject requestItems, String operation) {
        if (requestItems.isEmpty()) {
            throw ApiException.validation("The requestItems parameter is required for " + operation);
        }
    }

    /** Refuses a batch over the operation's limit on the number of requests across all tables. */
    public static void requireAtMost(int count, int limit, String operation) {
        if (count > limit) {
            throw ApiException.validation("Too many items requested for the " + operation + " call");
        }
    }
}
