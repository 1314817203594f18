package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The legacy AttributesToGet parameter of the reads (GetItem, BatchGetItem, Query, Scan): top-level attribute
 * names to return, at least one, no name twice.
 */
public final class AttributesToGet {
    private final List<String> names;

    private AttributesToGet(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The member of a request or a BatchGetItem table entry, or null when absent. */
    public static AttributesToGet read(JsonObject container) {
        JsonArray json = JsonFields.list(container, "AttributesToGet");
        if (json == null) {
            return null;
        }
        List<String> names = new ArrayList<>(json.size());
        for (JsonValue element : json) {
            names.add(JsonFields.asString(element));
        }
        return new AttributesToGet(names);
    }

    /** Adds the list-length constraint the service checks with the request's other members. */
    public static Constraints constrain(Constraints check, String path, AttributesToGet attributes) {
        if (attributes != null) {
            check.size(path, attributes.names, String.valueOf(attributes.names), 1, Integer.MAX_VALUE);
        }
        return check;
    }

    /** Refuses a name given twice, with the service's message. */
    public AttributesToGet requireDistinct() {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw ApiException.validation(
                        "One or more parameter values were invalid: Duplicate value in attribute name: " + name);
            }
        }
        return this;
    }

    /** The names as top-level document paths, for projecting items. */
    public List<DocumentPath> paths() {
        List<DocumentPath> paths = new ArrayList<>(names.size());
        names.forEach(name -> paths.add(DocumentPath.attribute(name)));
        return paths;
    }
}
