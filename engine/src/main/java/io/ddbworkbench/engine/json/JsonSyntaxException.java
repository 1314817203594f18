package io.ddbworkbench.engine.json;

/** Thrown when a request body is not well-formed JSON. */
public final class JsonSyntaxException extends RuntimeException {
    public JsonSyntaxException(String message) {
        super(message);
    }
}
