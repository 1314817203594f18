package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.batch.RequestItems;
import io.ddbworkbench.engine.action.batch.TableGets;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.capacity.CapacityByTable;
import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.ItemCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.throttle.BatchThrottle;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * BatchGetItem: up to a hundred items by key, from one or more tables. Keys not read (the 16 MB response limit,
 * a table out of simulated throughput, or a fault injected to teach retries) come back in UnprocessedKeys for
 * the caller to ask again.
 */
public final class BatchGetItem implements Action {
    /** A response carries at most this much item data. */
    static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        JsonObject requestItems = JsonFields.map(request, "RequestItems");
        String returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        List<TableGets> entries = RequestItems.read(requestItems, TableGets::read);
        Constraints check = Constraints.check();
        RequestItems.constrain(check, requestItems);
        entries.forEach(entry -> entry.constrain(check));
        check.oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES)
                .throwIfAny();
        RequestItems.requireNotEmpty(requestItems, "BatchGetItem");
        int keys = 0;
        for (TableGets entry : entries) {
            entry.check();
            keys += entry.keys().size();
            RequestItems.requireAtMost(keys, TableGets.MAX_KEYS, "BatchGetItem");
        }
        requireOneProjectionForm(entries);

        List<Table> tables = new ArrayList<>();
        List<List<PrimaryKey>> tableKeys = new ArrayList<>();
        for (TableGets entry : entries) {
            Table table = ItemTables.require(context, entry.tableName());
            List<PrimaryKey> parsed = new ArrayList<>();
            entry.keys().forEach(key -> parsed.add(Keys.ofKey(table.keySchema(), key)));
            entry.projection().requireScalarKeyPaths(table.definition());
            tables.add(table);
            tableKeys.add(parsed);
        }
        return read(context, entries, tables, tableKeys, ReturnConsumedCapacity.parse(returnConsumedCapacity));
    }

    /** The service refuses a batch where one table uses ProjectionExpression and another AttributesToGet. */
    private static void requireOneProjectionForm(List<TableGets> entries) {
        boolean expression = entries.stream().anyMatch(entry -> entry.projection().isExpression());
        boolean legacy = entries.stream().anyMatch(TableGets::usesAttributesToGet);
        if (expression && legacy) {
            throw ApiException.validation("Can not use both expression and non-expression parameters in the same"
                    + " request: Non-expression parameters: {AttributesToGet} Expression parameters:"
                    + " {ProjectionExpression}");
        }
    }

    private static JsonObject read(EngineContext context, List<TableGets> entries, List<Table> tables,
                                   List<List<PrimaryKey>> tableKeys, ReturnConsumedCapacity returnCapacity) {
        JsonObject responses = new JsonObject();
        JsonObject unprocessed = new JsonObject();
        CapacityByTable capacity = new CapacityByTable();
        BatchThrottle throttle = new BatchThrottle(context.throttle(), Throttle.Access.READ);
        long bytes = 0;
        for (int t = 0; t < entries.size(); t++) {
            TableGets entry = entries.get(t);
            Table table = tables.get(t);
            JsonArray found = new JsonArray();
            JsonArray left = new JsonArray();
            for (int k = 0; k < entry.keys().size(); k++) {
                boolean heldBack = context.faults().shouldFail(FaultKind.UNPROCESSED_BATCH_GET)
                        || !throttle.admit(table);
                Item item = heldBack ? null : table.get(tableKeys.get(t).get(k));
                if (heldBack || item != null && bytes + item.size() > MAX_RESPONSE_BYTES) {
                    left.add(AttributeValueJson.writeItem(entry.keys().get(k)));
                    continue;
                }
                ConsumedCapacity consumed = ItemCapacity.read(table, item, entry.consistent());
                throttle.charge(table, consumed);
                capacity.add(consumed);
                if (item != null) {
                    bytes += item.size();
                    found.add(AttributeValueJson.writeItem(entry.projection().apply(item)));
                }
            }
            responses.put(entry.tableName(), found);
            if (!left.isEmpty()) {
                unprocessed.put(entry.tableName(), entry.unprocessed(left));
            }
        }
        throttle.requireProgress();
        return new JsonObject().put("Responses", responses).put("UnprocessedKeys", unprocessed)
                .put("ConsumedCapacity", capacity.toJson(returnCapacity));
    }
}
