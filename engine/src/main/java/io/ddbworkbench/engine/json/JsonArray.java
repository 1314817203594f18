package io.ddbworkbench.engine.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A JSON array; mutable while a response is being built, read-only by convention once parsed. */
public final class JsonArray implements JsonValue, Iterable<JsonValue> {
    private final List<JsonValue> elements;

    public JsonArray() {
        this.elements = new ArrayList<>();
    }

    public JsonArray(List<JsonValue> elements) {
        this.elements = elements;
    }

    public JsonArray add(JsonValue value) {
        elements.add(value);
        return this;
    }

    public JsonArray add(String value) {
        return add(new JsonString(value));
    }

    public JsonValue get(int index) {
        return elements.get(index);
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    public List<JsonValue> elements() {
        return elements;
    }

    @Override
    public Iterator<JsonValue> iterator() {
        return elements.iterator();
    }

    @Override
    public Kind kind() {
        return Kind.ARRAY;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray array && elements.equals(array.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    @Override
    public String toString() {
        return JsonWriter.toJson(this);
    }
}
