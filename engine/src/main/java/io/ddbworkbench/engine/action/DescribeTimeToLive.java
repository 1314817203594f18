package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.TableNameParameter;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.table.TimeToLiveSettings;
import java.time.Instant;

/**
 * DescribeTimeToLive: the status, and the attribute unless TTL is fully off (so a table whose TTL was turned
 * off looks like one that never had it, as on the service). A table still being created or being deleted
 * cannot be asked.
 */
public final class DescribeTimeToLive implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String tableName = TableNameParameter.forLookup(request, context.options());
        TableDefinition definition = context.catalog().describe(tableName).definition();
        TableStatus status = definition.status();
        if (status == TableStatus.CREATING || status == TableStatus.DELETING) {
            throw ApiException.validation("Cannot describe time to live while table is in " + status
                    + " state: Current table state is " + status);
        }
        return new JsonObject().put("TimeToLiveDescription",
                describe(definition.timeToLive(), context.clock().instant()));
    }

    /** The TimeToLiveDescription structure for these settings at {@code now}. */
    public static JsonObject describe(TimeToLiveSettings settings, Instant now) {
        return new JsonObject()
                .put("TimeToLiveStatus", settings.status(now).name())
                .put("AttributeName", settings.reportedAttribute(now));
    }
}
