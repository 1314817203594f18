package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;

/** DescribeTable. */
public final class DescribeTable implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String name = JsonFields.string(request, "TableName");
        Constraints.check().tableName("tableName", name).throwIfAny();
        Table table = context.catalog().find(name);
        if (table == null) {
            throw ApiException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
        }
        return new JsonObject().put("Table", TableDescriptions.describe(table));
    }
}
