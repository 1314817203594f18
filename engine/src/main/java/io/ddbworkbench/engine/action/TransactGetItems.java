package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.transaction.TransactGetRequest;

/** TransactGetItems: up to 100 items from one or more tables, read as one consistent snapshot. */
public final class TransactGetItems implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        return TransactGetRequest.read(request).execute(context);
    }
}
