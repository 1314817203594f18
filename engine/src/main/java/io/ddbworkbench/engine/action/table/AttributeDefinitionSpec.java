package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One AttributeDefinition as requested: a key attribute's name and scalar type. */
public record AttributeDefinitionSpec(String attributeName, String attributeType) {
    private static final List<String> TYPES = List.of("B", "N", "S");

    static List<AttributeDefinitionSpec> listFrom(JsonObject parent, String member) {
        return SpecLists.structures(parent, member, json -> new AttributeDefinitionSpec(
                JsonFields.string(json, "AttributeName"), JsonFields.string(json, "AttributeType")));
    }

    /** The model's constraints on each element; whether the list itself may be absent is the caller's rule. */
    static void checkShape(Constraints check, String path, List<AttributeDefinitionSpec> definitions) {
        SpecLists.checkEach(check, path, definitions, (elementPath, definition) -> check
                .notNull(elementPath + ".attributeName", definition.attributeName)
                .length(elementPath + ".attributeName", definition.attributeName, 1, 255)
                .notNull(elementPath + ".attributeType", definition.attributeType)
                .oneOf(elementPath + ".attributeType", definition.attributeType, TYPES));
    }

    /** Name to type, in request order; a name given twice is refused whatever the types. */
    static Map<String, AttributeType> toMap(List<AttributeDefinitionSpec> definitions) {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        if (definitions == null) {
            return types;
        }
        for (AttributeDefinitionSpec definition : definitions) {
            if (types.put(definition.attributeName, AttributeType.valueOf(definition.attributeType)) != null) {
                throw ApiException.validation("Attribute Name is duplicated: " + definition.attributeName);
            }
        }
        return types;
    }
}
