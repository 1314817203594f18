package io.ddbworkbench.engine.json;

/** A JSON string. */
public record JsonString(String value) implements JsonValue {
    @Override
    public Kind kind() {
        return Kind.STRING;
    }
}
