package io.ddbworkbench.engine.json;

/**
 * A parsed JSON document. The engine keeps its own tiny JSON model (instead of a JSON library) so that it adds
 * no dependency to a user's test classpath and so that every type mismatch can be reported in the service's
 * own SerializationException words.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** The kind of value, used in error messages and type checks. */
    Kind kind();

    /** JSON value kinds. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }
}
