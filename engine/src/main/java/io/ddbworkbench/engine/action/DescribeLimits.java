package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonObject;

/**
 * DescribeLimits: the provisioned-capacity quotas a new account starts with in most regions (80,000 read
 * and write capacity units for the account, 40,000 for one table or global index).
 */
public final class DescribeLimits implements Action {
    private static final long ACCOUNT_MAX_UNITS = 80_000;
    private static final long TABLE_MAX_UNITS = 40_000;

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        return new JsonObject()
                .put("AccountMaxReadCapacityUnits", ACCOUNT_MAX_UNITS)
                .put("AccountMaxWriteCapacityUnits", ACCOUNT_MAX_UNITS)
                .put("TableMaxReadCapacityUnits", TABLE_MAX_UNITS)
                .put("TableMaxWriteCapacityUnits", TABLE_MAX_UNITS);
    }
}
