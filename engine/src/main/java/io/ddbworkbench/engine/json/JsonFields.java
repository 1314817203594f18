package io.ddbworkbench.engine.json;

import io.ddbworkbench.engine.error.ApiException;

/**
 * Typed access to request members. A member of the wrong JSON type is a SerializationException worded as the
 * service's Java deserialiser words it, so raw-HTTP users see the service's messages.
 */
public final class JsonFields {
    private JsonFields() {
    }

    public static String string(JsonObject object, String name) {
        return asString(object.get(name));
    }

    public static String asString(JsonValue value) {
        if (value == null) {
            return null;
        }
        switch (value.kind()) {
            case STRING:
                return ((JsonString) value).value();
            case NUMBER:
                throw ApiException.serialization("class " + javaNumberClass((JsonNumber) value)
                        + " can not be converted to an String");
            case BOOLEAN:
                throw ApiException.serialization("class java.lang.Boolean can not be converted to an String");
            default:
                throw unexpectedContainer(value);
        }
    }

    public static Boolean bool(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        switch (value.kind()) {
            case BOOLEAN:
                return ((JsonBoolean) value).value();
            case STRING:
                throw ApiException.serialization("'" + ((JsonString) value).value().toUpperCase(java.util.Locale.ROOT)
                        + "' can not be converted to an Boolean");
            case NUMBER:
                throw ApiException.serialization("class " + javaNumberClass((JsonNumber) value)
                        + " can not be converted to an Boolean");
            default:
                throw unexpectedContainer(value);
        }
    }

    /** An integral member (the service's Integer and Long shapes); fractions are truncated as Java would. */
    public static Long integer(JsonObject object, String name, String javaType) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        switch (value.kind()) {
            case NUMBER:
                try {
                    return ((JsonNumber) value).decimal().longValue();
                } catch (NumberFormatException e) {
                    throw ApiException.serialization("class java.lang.String can not be converted to an " + javaType);
                }
            case STRING:
                throw ApiException.serialization("class java.lang.String can not be converted to an " + javaType);
            case BOOLEAN:
                throw ApiException.serialization("class java.lang.Boolean can not be converted to an " + javaType);
            default:
                throw unexpectedContainer(value);
        }
    }

    /** A structure member: must be a JSON object. */
    public static JsonObject structure(JsonObject object, String name) {
        return asStructure(object.get(name));
    }

    public static JsonObject asStructure(JsonValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject structure) {
            return structure;
        }
        if (value instanceof JsonArray) {
            throw ApiException.serialization("Start of list found where not expected");
        }
        throw ApiException.serialization("Expected null");
    }

    /** A map member: must be a JSON object. */
    public static JsonObject map(JsonObject object, String name) {
        return asMap(object.get(name));
    }

    public static JsonObject asMap(JsonValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject map) {
            return map;
        }
        if (value instanceof JsonArray) {
            throw ApiException.serialization("Start of list found where not expected");
        }
        throw ApiException.serialization("Expected map or null");
    }

    /** A list member: must be a JSON array. */
    public static JsonArray list(JsonObject object, String name) {
        return asList(object.get(name));
    }

    public static JsonArray asList(JsonValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray list) {
            return list;
        }
        if (value instanceof JsonObject) {
            throw ApiException.serialization("Start of structure or map found where not expected.");
        }
        throw ApiException.serialization("Expected list or null");
    }

    private static ApiException unexpectedContainer(JsonValue value) {
        if (value instanceof JsonArray) {
            return ApiException.serialization("Start of list found where not expected");
        }
        return ApiException.serialization("Start of structure or map found where not expected.");
    }

    private static String javaNumberClass(JsonNumber number) {
        if (!number.isIntegral()) {
            return "java.lang.Double";
        }
        try {
            long value = Long.parseLong(number.text());
            if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
                return "java.lang.Short";
            }
            if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
                return "java.lang.Integer";
            }
            return "java.lang.Long";
        } catch (NumberFormatException e) {
            return "java.math.BigInteger";
        }
    }
}
