package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonObject;

/**
 * One API operation. Reads its request, validates it with the service's messages (throwing
 * {@link io.ddbworkbench.engine.error.ApiException}), does the work, and returns the response body.
 */
@FunctionalInterface
public interface Action {
    JsonObject handle(JsonObject request, EngineContext context);
}
