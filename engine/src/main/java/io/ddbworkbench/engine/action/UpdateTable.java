package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.TableUpdate;
import io.ddbworkbench.engine.action.table.UpdateTableSpec;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import java.time.Instant;

/**
 * UpdateTable. Holding the table's lock, it plans the change against the current definition, backfills a
 * new global index from the items (no write can slip in between) and stores the new definition. Should a
 * status change land concurrently, the plan is simply made again against the newer definition.
 */
public final class UpdateTable implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        UpdateTableSpec spec = UpdateTableSpec.from(request, context.options());
        spec.checkShape();
        spec.checkRequest(context.options());
        Table table = context.catalog().describe(spec.tableName());
        Instant now = context.clock().instant();
        Instant readyAt = now.plus(context.options().transientStatusDelay());
        table.writeLock().lock();
        try {
            while (true) {
                TableDefinition current = context.catalog().describe(spec.tableName()).definition();
                TableUpdate update = TableUpdate.plan(spec, current, context.options(), now, readyAt);
                IndexDefinition created = update.createdIndex();
                if (created != null && table.index(created.name()) == null) {
                    table.addIndex(created);
                }
                if (table.replaceDefinition(current, update.next())) {
                    context.streams().tableChanged(table);
                    return new JsonObject().put("TableDescription",
                            TableDescriptions.describe(table, update.reported(), now));
                }
            }
        } finally {
            table.writeLock().unlock();
        }
    }
}
