package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.TableNameParameter;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Table;

/** DescribeTable: the table as it is now, transient statuses brought up to date against the clock. */
public final class DescribeTable implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String name = TableNameParameter.forLookup(request, context.options());
        Table table = context.catalog().describe(name);
        return new JsonObject().put("Table", TableDescriptions.describe(table, context.clock().instant()));
    }
}
