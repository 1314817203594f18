package io.ddbworkbench.engine.model;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonBoolean;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonString;
import io.ddbworkbench.engine.json.JsonValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Reads attribute values from the wire format ({@code {"S":"x"}}, {@code {"NS":["1","2"]}}, ...) with the
 * service's validation and messages, and writes them back.
 */
public final class AttributeValueJson {
    /** A value may sit at most this many levels deep, the top-level attribute being level 1. */
    public static final int MAX_NESTING_LEVELS = 32;

    private static final String INVALID = "One or more parameter values were invalid: ";

    private AttributeValueJson() {
    }

    /** Reads an item (a map of attribute names to values). Null in, null out. */
    public static Item readItem(JsonValue json) {
        JsonObject map = JsonFields.asMap(json);
        if (map == null) {
            return null;
        }
        return Item.wrap(readAttributeMap(map, 1));
    }

    /** Reads a single value, as found in ExpressionAttributeValues or a key condition. */
    public static AttributeValue read(JsonValue json) {
        return read(json, 1);
    }

    private static LinkedHashMap<String, AttributeValue> readAttributeMap(JsonObject map, int level) {
        LinkedHashMap<String, AttributeValue> attributes = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        for (Map.Entry<String, JsonValue> entry : map.entries()) {
            if (entry.getValue() == null || entry.getValue() == io.ddbworkbench.engine.json.JsonNull.INSTANCE) {
                continue;
            }
            attributes.put(entry.getKey(), read(entry.getValue(), level));
        }
        return attributes;
    }

    private static AttributeValue read(JsonValue json, int level) {
        JsonObject typed = JsonFields.asStructure(json);
        if (level > MAX_NESTING_LEVELS) {
            throw ApiException.validation("Nesting Levels have exceeded supported limits: "
                    + "Attributes in the item have nested levels beyond supported limit");
        }
        AttributeValue result = null;
        int typesSet = 0;
        for (Map.Entry<String, JsonValue> member : typed.entries()) {
            JsonValue body = member.getValue();
            if (body == null || body == io.ddbworkbench.engine.json.JsonNull.INSTANCE) {
                continue;
            }
            AttributeType type = AttributeType.fromWireName(member.getKey());
            if (type == null) {
                continue; // unknown members are ignored, as the service's deserialiser does
            }
            typesSet++;
            result = readTyped(type, body, level);
        }
        if (typesSet == 0) {
            throw ApiException.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (typesSet > 1) {
            throw ApiException.validation("Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }
        return result;
    }

    private static AttributeValue readTyped(AttributeType type, JsonValue body, int level) {
        switch (type) {
            case S:
                return new StringValue(JsonFields.asString(body));
            case N:
                return NumberValue.parse(JsonFields.asString(body));
            case B:
                return decodeBinary(JsonFields.asString(body));
            case BOOL:
                return BooleanValue.of(readBoolean(body, "Boolean"));
            case NULL:
                readBoolean(body, "Boolean");
                return NullValue.INSTANCE; // the service stores {"NULL": false} as NULL too
            case SS: {
                List<String> values = new ArrayList<>();
                for (JsonValue element : JsonFields.asList(body)) {
                    values.add(JsonFields.asString(element));
                }
                if (values.isEmpty()) {
                    throw ApiException.validation(INVALID + "An string set  may not be empty");
                }
                if (new HashSet<>(values).size() != values.size()) {
                    throw duplicates(values);
                }
                return new StringSetValue(values);
            }
            case NS: {
                List<NumberValue> values = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (JsonValue element : JsonFields.asList(body)) {
                    String text = JsonFields.asString(element);
                    texts.add(text);
                    values.add(NumberValue.parse(text));
                }
                if (values.isEmpty()) {
                    throw ApiException.validation(INVALID + "An number set  may not be empty");
                }
                if (new HashSet<>(values).size() != values.size()) {
                    throw duplicates(texts);
                }
                return new NumberSetValue(values);
            }
            case BS: {
                List<BinaryValue> values = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (JsonValue element : JsonFields.asList(body)) {
                    String text = JsonFields.asString(element);
                    texts.add(text);
                    values.add(decodeBinary(text));
                }
                if (values.isEmpty()) {
                    throw ApiException.validation(INVALID + "Binary sets should not be empty");
                }
                if (new HashSet<>(values).size() != values.size()) {
                    throw duplicates(texts);
                }
                return new BinarySetValue(values);
            }
            case L: {
                List<AttributeValue> values = new ArrayList<>();
                for (JsonValue element : JsonFields.asList(body)) {
                    values.add(read(element, level + 1));
                }
                return new ListValue(values);
            }
            case M:
                return new MapValue(readAttributeMap(JsonFields.asMap(body), level + 1));
            default:
                throw new IllegalStateException("unhandled type " + type);
        }
    }

    private static ApiException duplicates(List<String> values) {
        return ApiException.validation(INVALID + "Input collection " + values.toString() + " contains duplicates.");
    }

    private static boolean readBoolean(JsonValue body, String javaType) {
        if (body instanceof JsonBoolean bool) {
            return bool.value();
        }
        if (body instanceof JsonString string) {
            throw ApiException.serialization("'" + string.value().toUpperCase(java.util.Locale.ROOT)
                    + "' can not be converted to an " + javaType);
        }
        JsonObject holder = new JsonObject().put("v", body);
        JsonFields.bool(holder, "v");
        throw ApiException.serialization("Expected " + javaType);
    }

    private static BinaryValue decodeBinary(String base64) {
        try {
            return BinaryValue.wrap(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw ApiException.serialization("'" + base64 + "' can not be converted to a Blob: " + e.getMessage());
        }
    }

    /** Writes one value in wire form. */
    public static JsonObject write(AttributeValue value) {
        JsonObject json = new JsonObject();
        switch (value.type()) {
            case S:
                return json.put("S", ((StringValue) value).value());
            case N:
                return json.put("N", ((NumberValue) value).text());
            case B:
                return json.put("B", ((BinaryValue) value).base64());
            case BOOL:
                return json.put("BOOL", ((BooleanValue) value).value());
            case NULL:
                return json.put("NULL", true);
            case SS: {
                JsonArray array = new JsonArray();
                for (String element : ((StringSetValue) value).values()) {
                    array.add(element);
                }
                return json.put("SS", array);
            }
            case NS: {
                JsonArray array = new JsonArray();
                for (NumberValue element : ((NumberSetValue) value).values()) {
                    array.add(element.text());
                }
                return json.put("NS", array);
            }
            case BS: {
                JsonArray array = new JsonArray();
                for (BinaryValue element : ((BinarySetValue) value).values()) {
                    array.add(element.base64());
                }
                return json.put("BS", array);
            }
            case L: {
                JsonArray array = new JsonArray();
                for (AttributeValue element : ((ListValue) value).values()) {
                    array.add(write(element));
                }
                return json.put("L", array);
            }
            case M:
                return json.put("M", writeMap(((MapValue) value).values()));
            default:
                throw new IllegalStateException("unhandled type " + value.type());
        }
    }

    /** Writes an item in wire form. */
    public static JsonObject writeItem(Item item) {
        return writeMap(item.attributes());
    }

    public static JsonObject writeMap(Map<String, AttributeValue> attributes) {
        JsonObject json = new JsonObject(new LinkedHashMap<>(Math.max(4, attributes.size() * 2)));
        for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
            json.put(entry.getKey(), write(entry.getValue()));
        }
        return json;
    }

}
