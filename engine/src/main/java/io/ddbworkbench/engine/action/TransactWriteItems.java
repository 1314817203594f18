package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import io.ddbworkbench.engine.transaction.TransactWriteRequest;

/**
 * TransactWriteItems: up to 100 Put, Update, Delete and ConditionCheck actions across tables, all or nothing.
 * With a ClientRequestToken the call is idempotent for ten minutes: a repeat succeeds without writing again.
 */
public final class TransactWriteItems implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        TransactWriteRequest transaction = TransactWriteRequest.read(request);
        transaction.prepare(context);
        String token = transaction.clientRequestToken();
        if (token == null) {
            return transaction.execute(context);
        }
        IdempotencyTokens tokens = context.idempotencyTokens();
        IdempotencyTokens.Completed earlier = tokens.claim(token, transaction.fingerprint());
        if (earlier != null) {
            return transaction.replay(earlier);
        }
        // A successful run completes the token with its commit (see IdempotencyTokens); a failed one frees it.
        boolean succeeded = false;
        try {
            JsonObject response = transaction.execute(context);
            succeeded = true;
            return response;
        } finally {
            if (!succeeded) {
                tokens.release(token);
            }
        }
    }
}
