package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.CreateTableSpec;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import java.time.Instant;

/**
 * CreateTable. The new table is CREATING for the engine's transient-status delay (none by default) and the
 * response always says CREATING, as the service's does, so code written against the engine waits properly.
 */
public final class CreateTable implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        CreateTableSpec spec = CreateTableSpec.from(request);
        spec.checkShape();
        Instant now = context.clock().instant();
        TableDefinition definition = spec.define(context.options(), now,
                now.plus(context.options().transientStatusDelay()));
        Table table = context.catalog().create(new Table(definition));
        JsonObject description = TableDescriptions.describe(table, definition, now);
        // The service stamps the switch-to-on-demand time only after creation: DescribeTable shows it, this
        // response does not.
        JsonObject billing = (JsonObject) description.get("BillingModeSummary");
        if (billing != null) {
            billing.remove("LastUpdateToPayPerRequestDateTime");
        }
        return new JsonObject().put("TableDescription", description);
    }
}
