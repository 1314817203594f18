package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** One KeySchemaElement of a table or index, as requested; the rules on key schemas live here too. */
public record KeyElementSpec(String attributeName, String keyType) {
    static final String HASH = "HASH";
    static final String RANGE = "RANGE";
    private static final List<String> KEY_TYPES = List.of(HASH, RANGE);

    static List<KeyElementSpec> listFrom(JsonObject parent, String member) {
        return SpecLists.structures(parent, member, json -> new KeyElementSpec(
                JsonFields.string(json, "AttributeName"), JsonFields.string(json, "KeyType")));
    }

    /** The model's constraints: 1 to 2 elements, each with a name of 1 to 255 characters and a known type. */
    static void checkShape(Constraints check, String path, List<KeyElementSpec> schema) {
        if (schema == null) {
            check.notNull(path, null);
            return;
        }
        if (schema.isEmpty()) {
            check.add(path, "[]", "Member must have length greater than or equal to 1");
        }
        if (schema.size() > 2) {
            check.add(path, render(schema), "Member must have length less than or equal to 2");
        }
        SpecLists.checkEach(check, path, schema, (elementPath, element) -> check
                .notNull(elementPath + ".attributeName", element.attributeName)
                .length(elementPath + ".attributeName", element.attributeName, 1, 255)
                .notNull(elementPath + ".keyType", element.keyType)
                .oneOf(elementPath + ".keyType", element.keyType, KEY_TYPES));
    }

    /**
     * A table's key schema against its attribute definitions, checked in the service's order: more keys
     * than definitions, then undefined keys, then the element order rules.
     */
    static void checkTableKeys(List<KeyElementSpec> schema, Map<String, AttributeType> definitions) {
        if (schema.size() > definitions.size()) {
            throw ApiException.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        checkDefinedAndOrdered(schema, definitions);
    }

    /** An index's key schema: every key attribute defined, HASH first, RANGE second, two distinct names. */
    static void checkDefinedAndOrdered(List<KeyElementSpec> schema, Map<String, AttributeType> definitions) {
        for (KeyElementSpec element : schema) {
            if (!definitions.containsKey(element.attributeName)) {
                throw InvalidParameter.of("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                        + names(schema) + ", AttributeDefinitions: " + bracketed(definitions.keySet()));
            }
        }
        if (schema.size() == 2 && schema.get(0).attributeName.equals(schema.get(1).attributeName)) {
            throw ApiException.validation(
                    "Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (!HASH.equals(schema.get(0).keyType)) {
            throw ApiException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (schema.size() == 2 && !RANGE.equals(schema.get(1).keyType)) {
            throw ApiException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
    }

    /** The checked schema as the engine's model, typed by the definitions. */
    static KeySchema toKeySchema(List<KeyElementSpec> schema, Map<String, AttributeType> definitions) {
        KeyElementSpec hash = schema.get(0);
        KeyAttribute partition = new KeyAttribute(hash.attributeName, definitions.get(hash.attributeName));
        if (schema.size() == 1) {
            return new KeySchema(partition, null);
        }
        KeyElementSpec range = schema.get(1);
        return new KeySchema(partition, new KeyAttribute(range.attributeName, definitions.get(range.attributeName)));
    }

    static List<String> attributeNames(List<KeyElementSpec> schema) {
        List<String> names = new ArrayList<>(schema.size());
        for (KeyElementSpec element : schema) {
            names.add(element.attributeName);
        }
        return names;
    }

    private static String names(List<KeyElementSpec> schema) {
        return bracketed(attributeNames(schema));
    }

    static String bracketed(Iterable<String> values) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        for (String value : values) {
            joined.add(value);
        }
        return joined.toString();
    }

    /** How the service prints an over-long key schema in its constraint message. */
    private static String render(List<KeyElementSpec> schema) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        for (KeyElementSpec element : schema) {
            joined.add(element == null ? "null" : "KeySchemaElement(attributeName=" + nullToEmpty(element.attributeName)
                    + ", keyType=" + nullToEmpty(element.keyType) + ")");
        }
        return joined.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
