package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonNull;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Utf8;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request's ExpressionAttributeNames and ExpressionAttributeValues, and which of them the request's
 * expressions used. Every expression of one request shares one instance, because "unused" is decided across
 * all of them.
 */
public final class ExpressionAttributes {
    private static final Pattern NAME_KEY = Pattern.compile("#[A-Za-z0-9_]+");
    private static final Pattern VALUE_KEY = Pattern.compile(":[A-Za-z0-9_]+");
    private static final int MAX_KEY_BYTES = 255;

    private final Map<String, String> names;
    private final JsonObject valuesJson;
    private final Map<String, AttributeValue> values = new HashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    private ExpressionAttributes(Map<String, String> names, JsonObject valuesJson) {
        this.names = names;
        this.valuesJson = valuesJson;
    }

    /** Reads both maps' JSON shape; their contents are checked by {@link #validate()}. */
    public static ExpressionAttributes read(JsonObject request) {
        return new ExpressionAttributes(readNames(request), JsonFields.map(request, "ExpressionAttributeValues"));
    }

    /** For operations whose model has no ExpressionAttributeValues (GetItem): only the names are read. */
    public static ExpressionAttributes readNamesOnly(JsonObject request) {
        return new ExpressionAttributes(readNames(request), null);
    }

    /** Placeholders given directly, for callers that build expressions without a request. */
    public static ExpressionAttributes of(Map<String, String> names, Map<String, AttributeValue> values) {
        ExpressionAttributes attributes = new ExpressionAttributes(
                names == null ? null : new LinkedHashMap<>(names), null);
        if (values != null) {
            attributes.values.putAll(values);
        }
        return attributes;
    }

    private static Map<String, String> readNames(JsonObject request) {
        JsonObject json = JsonFields.map(request, "ExpressionAttributeNames");
        if (json == null) {
            return null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : json.entries()) {
            if (entry.getValue() != JsonNull.INSTANCE) {
                names.put(entry.getKey(), JsonFields.asString(entry.getValue()));
            }
        }
        return names;
    }

    /** Checks the maps themselves (empty, badly formed keys, invalid values), in the service's order. */
    public void validate() {
        if (names != null) {
            if (names.isEmpty()) {
                throw ApiException.validation("ExpressionAttributeNames must not be empty");
            }
            for (Map.Entry<String, String> entry : names.entrySet()) {
                checkKey("ExpressionAttributeNames", entry.getKey(), NAME_KEY, "; size of key: ");
                if (entry.getValue().isEmpty()) {
                    throw ApiException.validation("ExpressionAttributeNames contains invalid value: "
                            + "Empty attribute name for key " + entry.getKey());
                }
            }
        }
        if (valuesJson != null) {
            if (valuesJson.isEmpty()) {
                throw ApiException.validation("ExpressionAttributeValues must not be empty");
            }
            for (String key : valuesJson.names()) {
                checkKey("ExpressionAttributeValues", key, VALUE_KEY, null);
            }
            for (String key : new HashSet<>(valuesJson.names())) {
                values.put(key, readValue(key, valuesJson.get(key)));
            }
        }
    }

    private static void checkKey(String map, String key, Pattern pattern, String sizeLabel) {
        int bytes = Utf8.length(key);
        if (bytes > MAX_KEY_BYTES) {
            throw ApiException.validation(map + " contains invalid key: The expression attribute map contains a key"
                    + " that is too long" + (sizeLabel == null ? ";" : sizeLabel + bytes));
        }
        if (!pattern.matcher(key).matches()) {
            throw ApiException.validation(map + " contains invalid key: Syntax error; key: \"" + key + "\"");
        }
    }

    private static AttributeValue readValue(String key, JsonValue json) {
        try {
            if (json == null) {
                throw ApiException.validation(
                        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
            }
            return AttributeValueJson.read(json);
        } catch (ApiException e) {
            if (e.code() != ErrorCode.VALIDATION) {
                throw e;
            }
            throw ApiException.validation("ExpressionAttributeValues contains invalid value: " + e.getMessage()
                    + " for key " + key);
        }
    }

    boolean definesName(String placeholder) {
        return names != null && names.containsKey(placeholder);
    }

    boolean definesValue(String placeholder) {
        return values.containsKey(placeholder);
    }

    void useName(String placeholder) {
        usedNames.add(placeholder);
    }

    void useValue(String placeholder) {
        usedValues.add(placeholder);
    }

    /** The attribute name a #placeholder stands for (checked to exist before evaluation). */
    public String name(String placeholder) {
        return names.get(placeholder);
    }

    /** The value a :placeholder stands for (checked to exist before evaluation). */
    public AttributeValue value(String placeholder) {
        return values.get(placeholder);
    }

    /**
     * Fails when a placeholder was given but no expression used it. The keys are listed in the order a Java
     * HashSet of them iterates, which is the order the service prints.
     */
    public void requireAllUsed() {
        if (names != null) {
            requireUsed("ExpressionAttributeNames", names.keySet(), usedNames);
        }
        if (valuesJson != null) {
            requireUsed("ExpressionAttributeValues", valuesJson.names(), usedValues);
        }
    }

    private static void requireUsed(String map, Collection<String> given, Set<String> used) {
        Set<String> unused = new HashSet<>(given);
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw ApiException.validation("Value provided in " + map + " unused in expressions: keys: {"
                    + String.join(", ", unused) + "}");
        }
    }
}
