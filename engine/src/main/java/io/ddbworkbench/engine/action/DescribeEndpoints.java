package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonObject;

/**
 * DescribeEndpoints: the regional endpoint and how long a client may cache it (a day), which is what the
 * service answers for endpoint discovery.
 */
public final class DescribeEndpoints implements Action {
    private static final long CACHE_PERIOD_MINUTES = 1440;

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        JsonObject endpoint = new JsonObject()
                .put("Address", "dynamodb." + context.options().region() + ".amazonaws.com")
                .put("CachePeriodInMinutes", CACHE_PERIOD_MINUTES);
        return new JsonObject().put("Endpoints", new JsonArray().add(endpoint));
    }
}
