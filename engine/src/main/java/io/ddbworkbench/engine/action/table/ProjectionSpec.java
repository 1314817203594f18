package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Projection;
import io.ddbworkbench.engine.table.ProjectionType;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An index Projection as requested. */
public record ProjectionSpec(String projectionType, List<String> nonKeyAttributes) {
    private static final List<String> TYPES = List.of("ALL", "INCLUDE", "KEYS_ONLY");
    private static final int MAX_NON_KEY_ATTRIBUTES = 20;

    static ProjectionSpec from(JsonObject parent, String member) {
        JsonObject json = JsonFields.structure(parent, member);
        if (json == null) {
            return null;
        }
        return new ProjectionSpec(JsonFields.string(json, "ProjectionType"),
                SpecLists.strings(json, "NonKeyAttributes"));
    }

    static void checkShape(Constraints check, String path, ProjectionSpec projection) {
        if (projection == null) {
            check.notNull(path, null);
            return;
        }
        check.oneOf(path + ".projectionType", projection.projectionType, TYPES);
        if (projection.nonKeyAttributes != null) {
            check.size(path + ".nonKeyAttributes", projection.nonKeyAttributes,
                    projection.nonKeyAttributes.toString(), 1, MAX_NON_KEY_ATTRIBUTES);
        }
    }

    /** The type and the attribute list must agree: a list only with INCLUDE, and INCLUDE only with a list. */
    void checkConsistent() {
        if (projectionType == null) {
            throw InvalidParameter.of("Unknown ProjectionType: null");
        }
        if (nonKeyAttributes != null && !"INCLUDE".equals(projectionType)) {
            throw InvalidParameter.of("ProjectionType is " + projectionType + ", but NonKeyAttributes is specified");
        }
        if (nonKeyAttributes == null && "INCLUDE".equals(projectionType)) {
            throw InvalidParameter.of("ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        if (nonKeyAttributes != null) {
            Set<String> seen = new HashSet<>();
            for (String attribute : nonKeyAttributes) {
                if (!seen.add(attribute)) {
                    throw InvalidParameter.of("Duplicate element in NonKeyAttributes: " + attribute);
                }
            }
        }
    }

    /** How many attributes this projection names; they count towards the table's limit of 100. */
    int projectedAttributeCount() {
        return nonKeyAttributes == null ? 0 : nonKeyAttributes.size();
    }

    Projection toProjection() {
        return new Projection(ProjectionType.valueOf(projectionType), nonKeyAttributes);
    }
}
