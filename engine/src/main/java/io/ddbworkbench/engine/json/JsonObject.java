package io.ddbworkbench.engine.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object that keeps member order. Used both for parsed requests and for building responses.
 */
public final class JsonObject implements JsonValue {
    private final Map<String, JsonValue> members;

    public JsonObject() {
        this.members = new LinkedHashMap<>();
    }

    public JsonObject(Map<String, JsonValue> members) {
        this.members = members;
    }

    public JsonObject put(String name, JsonValue value) {
        if (value != null) {
            members.put(name, value);
        }
        return this;
    }

    public JsonObject put(String name, String value) {
        return value == null ? this : put(name, new JsonString(value));
    }

    public JsonObject put(String name, long value) {
        return put(name, JsonNumber.of(value));
    }

    public JsonObject put(String name, boolean value) {
        return put(name, JsonBoolean.of(value));
    }

    /** The raw member, or null when absent. JSON null members count as absent, as the service treats them. */
    public JsonValue get(String name) {
        JsonValue value = members.get(name);
        return value == JsonNull.INSTANCE ? null : value;
    }

    public boolean has(String name) {
        return get(name) != null;
    }

    public JsonObject remove(String name) {
        members.remove(name);
        return this;
    }

    public Set<Map.Entry<String, JsonValue>> entries() {
        return members.entrySet();
    }

    public Set<String> names() {
        return members.keySet();
    }

    public int size() {
        return members.size();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public Map<String, JsonValue> members() {
        return members;
    }

    @Override
    public Kind kind() {
        return Kind.OBJECT;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject object && members.equals(object.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return JsonWriter.toJson(this);
    }
}
