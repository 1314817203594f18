package io.ddbworkbench.engine.json;

/** The JSON null literal. */
public enum JsonNull implements JsonValue {
    INSTANCE;

    @Override
    public Kind kind() {
        return Kind.NULL;
    }
}
