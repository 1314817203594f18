package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.item.ItemCollections;
import io.ddbworkbench.engine.capacity.CapacityByTable;
import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.ItemCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.capacity.TransactionCapacity;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.ItemWriter.PlannedWrite;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A TransactWriteItems request: up to 100 actions on distinct items, all applied or none. Every condition is
 * evaluated against the items as they are while the transaction holds its tables' locks, and the changes are
 * committed as one: concurrent single-item writes and other transactions see either none of them or all.
 */
public final class TransactWriteRequest {
    /** The aggregate size limit of a transaction's items. */
    static final long MAX_AGGREGATE_BYTES = 4L * 1024 * 1024;
    private static final List<String> COLLECTION_METRICS = List.of("SIZE", "NONE");

    private final JsonValue transactItems;
    private final List<TransactWriteAction> actions;
    private final ReturnConsumedCapacity returnConsumedCapacity;
    private final boolean returnCollectionMetrics;
    private final String clientRequestToken;
    private String fingerprint;

    private TransactWriteRequest(JsonValue transactItems, List<TransactWriteAction> actions,
                                 ReturnConsumedCapacity returnConsumedCapacity, boolean returnCollectionMetrics,
                                 String clientRequestToken) {
        this.transactItems = transactItems;
        this.actions = actions;
        this.returnConsumedCapacity = returnConsumedCapacity;
        this.returnCollectionMetrics = returnCollectionMetrics;
        this.clientRequestToken = clientRequestToken;
    }

    /** Reads the request and checks its shape: the constraint violations, then one action per element. */
    public static TransactWriteRequest read(JsonObject request) {
        String returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        String returnItemCollectionMetrics = JsonFields.string(request, "ReturnItemCollectionMetrics");
        String token = JsonFields.string(request, "ClientRequestToken");
        Constraints check = Constraints.check()
                .oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES)
                .oneOf("returnItemCollectionMetrics", returnItemCollectionMetrics, COLLECTION_METRICS)
                .length("clientRequestToken", token, 1, 36);
        List<JsonValue> elements = TransactItems.read(request, check);
        List<TransactWriteAction> actions = new ArrayList<>(elements.size());
        if (TransactItems.withinLimits(elements)) {
            for (int i = 0; i < elements.size(); i++) {
                actions.add(TransactWriteAction.read(elements.get(i), i + 1));
            }
            actions.forEach(action -> action.constrain(check));
        }
        check.throwIfAny();
        return new TransactWriteRequest(request.get("TransactItems"), actions,
                ReturnConsumedCapacity.parse(returnConsumedCapacity), "SIZE".equals(returnItemCollectionMetrics),
                token);
    }

    /**
     * The checks that need the tables: every action's own (see {@link TransactAction}), then one action per
     * item, then the 4 MB aggregate.
     */
    public void prepare(EngineContext context) {
        actions.forEach(action -> action.prepare(context));
        TransactItems.requireOneActionPerItem(actions);
        long bytes = 0;
        for (TransactWriteAction action : actions) {
            bytes += action.requestBytes();
        }
        if (bytes > MAX_AGGREGATE_BYTES) {
            throw ApiException.validation("Collection size of items exceeded, which can also be caused by the"
                    + " aggregate size of the items in the transaction exceeding the 4MB limit");
        }
    }

    public String clientRequestToken() {
        return clientRequestToken;
    }

    /** What identifies the request for its ClientRequestToken: its actions, whatever their members' order. */
    public String fingerprint() {
        if (fingerprint == null) {
            fingerprint = IdempotencyTokens.fingerprint(transactItems);
        }
        return fingerprint;
    }

    /** The answer to a replay of a completed request: nothing is written, the items are only read. */
    public JsonObject replay(IdempotencyTokens.Completed completed) {
        return new JsonObject()
                .put("ConsumedCapacity", completed.replayCapacity().toJson(returnConsumedCapacity))
                .put("ItemCollectionMetrics", returnCollectionMetrics ? completed.itemCollectionMetrics() : null);
    }

    /**
     * Runs the transaction: admitted (injected conflicts, throughput), evaluated and committed under its tables'
     * locks, or cancelled with one reason per action. With a ClientRequestToken the commit carries the token's
     * {@link IdempotencyTokens.Completion}, which completes it in memory and on disk together with the items.
     */
    public JsonObject execute(EngineContext context) {
        TransactItems.admit(context, actions, Throttle.Access.WRITE);
        Committed committed = context.writer().withLocks(TransactItems.tables(actions), () -> apply(context));
        CapacityByTable consumed = new CapacityByTable();
        for (Applied change : committed.applied()) {
            TransactWriteAction action = change.action();
            ConsumedCapacity capacity = action.capacity(change.before(), change.after());
            context.throttle().charge(action.table(), Throttle.Access.WRITE, capacity);
            consumed.add(capacity);
        }
        return new JsonObject()
                .put("ConsumedCapacity", consumed.toJson(returnConsumedCapacity))
                .put("ItemCollectionMetrics", committed.itemCollectionMetrics());
    }

    private record Applied(TransactWriteAction action, Item before, Item after) {
    }

    /** What the commit did, and the item collection metrics the response reports (null: none). */
    private record Committed(List<Applied> applied, JsonObject itemCollectionMetrics) {
    }

    /** Evaluates every action; commits all their writes, or cancels. Runs holding the tables' locks. */
    private Committed apply(EngineContext context) {
        List<Applied> applied = new ArrayList<>(actions.size());
        List<CancellationReason> reasons = new ArrayList<>(actions.size());
        boolean cancelled = false;
        for (TransactWriteAction action : actions) {
            Item current = action.key() == null ? null : action.table().get(action.key());
            TransactWriteAction.Outcome outcome = action.evaluate(current);
            CancellationReason reason = outcome.reason().cancels() || !action.writes() || outcome.next() == current
                    ? outcome.reason() : collectionRoom(context, action, current, outcome.next());
            reasons.add(reason);
            cancelled |= reason.cancels();
            applied.add(new Applied(action, current, outcome.next()));
        }
        if (cancelled) {
            throw CancellationReason.cancel(reasons);
        }
        List<PlannedWrite> writes = new ArrayList<>(applied.size());
        for (Applied change : applied) {
            if (change.action().writes()) {
                writes.add(new PlannedWrite(change.action().table(), change.action().key(), change.before(),
                        change.after()));
            }
        }
        // The metrics are taken once the items are written: the response and the token's replay share them.
        JsonObject[] metrics = new JsonObject[1];
        context.writer().commit(writes, () -> {
            metrics[0] = itemCollectionMetrics(applied);
            return clientRequestToken == null ? null : new IdempotencyTokens.Completion(clientRequestToken,
                    fingerprint(), context.clock().instant(),
                    new IdempotencyTokens.Completed(replayReadUnits(applied), metrics[0]));
        });
        return new Committed(applied, metrics[0]);
    }

    /** The read units a replay reports: each action reads its item, at the larger of its two sizes. */
    private static Map<String, Double> replayReadUnits(List<Applied> applied) {
        Map<String, Double> units = new LinkedHashMap<>();
        for (Applied change : applied) {
            String table = change.action().table().name();
            units.merge(table, TransactionCapacity.read(table,
                    ItemCapacity.largerSize(change.before(), change.after())).tableUnits(), Double::sum);
        }
        return units;
    }

    /** Whether the write leaves its item collection within the limit; the writer checks, the action reports. */
    private static CancellationReason collectionRoom(EngineContext context, TransactWriteAction action, Item current,
                                                     Item next) {
        try {
            context.writer().requireItemCollectionRoom(action.table(), action.key(), current, next);
            return CancellationReason.NONE;
        } catch (ApiException e) {
            if (e.code() != ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED) {
                throw e;
            }
            return CancellationReason.itemCollectionSizeLimitExceeded(e.getMessage());
        }
    }

    /**
     * Per table with local indexes, the collection of each item written, when the request asked for them.
     * Called holding the locks, after the commit.
     */
    private JsonObject itemCollectionMetrics(List<Applied> applied) {
        if (!returnCollectionMetrics) {
            return null;
        }
        JsonObject byTable = new JsonObject();
        for (Applied change : applied) {
            JsonObject metrics = change.action().writes()
                    ? ItemCollections.metrics(change.action().table(), change.action().key()) : null;
            if (metrics != null) {
                String table = change.action().table().name();
                if (!byTable.has(table)) {
                    byTable.put(table, new JsonArray());
                }
                ((JsonArray) byTable.get(table)).add(metrics);
            }
        }
        return byTable.isEmpty() ? null : byTable;
    }
}
