package io.ddbworkbench.engine.action.item;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableStatus;

/** Finding the table an item operation addresses. */
public final class ItemTables {
    private ItemTables() {
    }

    /**
     * The table, if it can take item requests: a table still being created or already being deleted answers
     * like a missing one, as on the service; an UPDATING table serves items as usual.
     */
    public static Table require(EngineContext context, String name) {
        Table table = context.catalog().require(name);
        TableStatus status = table.definition().status();
        if (status == TableStatus.CREATING || status == TableStatus.DELETING) {
            throw ApiException.resourceNotFound("Requested resource not found");
        }
        return table;
    }
}
