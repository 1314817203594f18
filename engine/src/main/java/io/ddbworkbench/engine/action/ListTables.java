package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.validation.Constraints;

/**
 * ListTables: names in ascending order, at most {@code Limit} (1 to 100) per page. A page carries
 * LastEvaluatedTableName only when more names follow it, so a caller stops exactly at the end.
 */
public final class ListTables implements Action {
    private static final int MAX_LIMIT = 100;

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String exclusiveStart = JsonFields.string(request, "ExclusiveStartTableName");
        Long limit = JsonFields.integer(request, "Limit", "Integer");
        Constraints check = Constraints.check();
        if (exclusiveStart != null) {
            check.newResourceName("exclusiveStartTableName", exclusiveStart);
        }
        check.range("limit", limit, 1, MAX_LIMIT).throwIfAny();

        int pageSize = limit == null ? MAX_LIMIT : limit.intValue();
        JsonArray page = new JsonArray();
        String last = null;
        boolean more = false;
        for (String name : context.catalog().names()) {
            if (exclusiveStart != null && name.compareTo(exclusiveStart) <= 0) {
                continue;
            }
            if (page.size() == pageSize) {
                more = true;
                break;
            }
            page.add(name);
            last = name;
        }
        JsonObject response = new JsonObject().put("TableNames", page);
        if (more) {
            response.put("LastEvaluatedTableName", last);
        }
        return response;
    }
}
