package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.TableNameParameter;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import java.time.Instant;

/**
 * DeleteTable. The table turns DELETING and disappears once the transient-status delay has passed; until
 * then reads and writes are refused and its name cannot be reused. Deleting a table that is already being
 * deleted is not an error, as on the service.
 */
public final class DeleteTable implements Action {
    private static final String IN_USE = "Attempt to change a resource which is still in use: ";

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String name = TableNameParameter.forLookup(request, context.options());
        Table table = context.catalog().describe(name);
        Instant now = context.clock().instant();
        TableDefinition deleting;
        table.writeLock().lock();
        try {
            TableDefinition current = context.catalog().describe(name).definition();
            if (current.status() == TableStatus.DELETING) {
                deleting = current;
            } else {
                checkDeletable(current);
                deleting = context.catalog().beginDeletion(table, now.plus(context.options().transientStatusDelay()));
                context.streams().tableChanged(table);
            }
        } finally {
            table.writeLock().unlock();
        }
        return new JsonObject().put("TableDescription", TableDescriptions.describe(table, deleting, now));
    }

    private static void checkDeletable(TableDefinition table) {
        if (table.deletionProtection()) {
            throw ApiException.validation("Resource cannot be deleted as it is currently protected against "
                    + "deletion. Disable deletion protection first.");
        }
        if (table.status() == TableStatus.CREATING) {
            throw ApiException.resourceInUse(IN_USE + "Table is being created: " + table.name());
        }
        if (table.status() == TableStatus.UPDATING) {
            throw ApiException.resourceInUse(IN_USE + "Table: " + table.name() + " is in the process of being updated.");
        }
        for (IndexDefinition index : table.globalIndexes()) {
            if (index.status() != TableStatus.ACTIVE) {
                throw ApiException.resourceInUse(IN_USE
                        + "Cannot delete table while indexes are being created, updated, or deleted.");
            }
        }
    }
}
