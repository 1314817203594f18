package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.TableNameParameter;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.table.TimeToLiveSettings;
import io.ddbworkbench.engine.ttl.TimeToLiveChange;
import io.ddbworkbench.engine.validation.Constraints;
import java.time.Instant;

/**
 * UpdateTimeToLive. The new status is ENABLING/DISABLING for the engine's transient-status delay (none by
 * default, which matches how quickly the service settles in practice), and the answer echoes the request,
 * as the service's does. A table still being created refuses the change; one being deleted accepts it.
 */
public final class UpdateTimeToLive implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String tableName = TableNameParameter.forLookup(request, context.options());
        JsonObject specification = JsonFields.structure(request, "TimeToLiveSpecification");
        Boolean enabled = specification == null ? null : JsonFields.bool(specification, "Enabled");
        String attribute = specification == null ? null : JsonFields.string(specification, "AttributeName");
        Constraints check = Constraints.check();
        if (specification == null) {
            check.notNull("timeToLiveSpecification", null);
        } else {
            check.notNull("timeToLiveSpecification.enabled", enabled)
                    .notNull("timeToLiveSpecification.attributeName", attribute)
                    .length("timeToLiveSpecification.attributeName", attribute, 1, 255);
        }
        check.throwIfAny();

        Table table = context.catalog().describe(tableName);
        Instant now = context.clock().instant();
        while (true) {
            TableDefinition current = table.definition();
            if (current.status() == TableStatus.CREATING) {
                throw ApiException.resourceInUse("Attempt to change a resource which is still in use: Table "
                        + tableName + " is being created");
            }
            TimeToLiveSettings next = TimeToLiveChange.apply(current.timeToLive(), enabled, attribute, now,
                    context.options().transientStatusDelay());
            if (table.replaceDefinition(current, current.toBuilder().timeToLive(next).build())) {
                return new JsonObject().put("TimeToLiveSpecification", new JsonObject()
                        .put("Enabled", enabled.booleanValue())
                        .put("AttributeName", attribute));
            }
        }
    }
}
