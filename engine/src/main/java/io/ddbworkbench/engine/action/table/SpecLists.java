package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonNull;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads list members into specs. An absent list stays null (the model's "must not be null" checks need to
 * see the difference from an empty one) and a JSON null element stays a null element for the same reason.
 */
public final class SpecLists {
    private SpecLists() {
    }

    static <T> List<T> structures(JsonObject request, String member, Function<JsonObject, T> reader) {
        JsonArray array = JsonFields.list(request, member);
        if (array == null) {
            return null;
        }
        List<T> specs = new ArrayList<>(array.size());
        for (JsonValue element : array) {
            specs.add(element == JsonNull.INSTANCE ? null : reader.apply(JsonFields.asStructure(element)));
        }
        return Collections.unmodifiableList(specs);
    }

    public static List<String> strings(JsonObject request, String member) {
        JsonArray array = JsonFields.list(request, member);
        if (array == null) {
            return null;
        }
        List<String> values = new ArrayList<>(array.size());
        for (JsonValue element : array) {
            values.add(element == JsonNull.INSTANCE ? null : JsonFields.asString(element));
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Applies the model's constraints to every element of a list member: a null element is reported as
     * such, any other is handed to {@code each} with its path.
     */
    public static <T> void checkEach(Constraints check, String listPath, List<T> list, BiConsumer<String, T> each) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String elementPath = element(listPath, i);
            T value = list.get(i);
            if (value == null) {
                check.notNull(elementPath, null);
            } else {
                each.accept(elementPath, value);
            }
        }
    }

    /** The path of a list element as the service names it: one-based, with ".member". */
    private static String element(String listPath, int zeroBasedIndex) {
        return listPath + "." + (zeroBasedIndex + 1) + ".member";
    }
}
