package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.batch.RequestItems;
import io.ddbworkbench.engine.action.batch.TableWrites;
import io.ddbworkbench.engine.action.item.ItemCollections;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.action.item.WriteRequest;
import io.ddbworkbench.engine.capacity.CapacityByTable;
import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.ItemCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.throttle.BatchThrottle;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * BatchWriteItem: up to 25 puts and deletes over one or more tables, each applied on its own (a batch is not a
 * transaction). The whole batch is checked before anything is written; requests not applied (a table out of
 * simulated throughput, or a fault injected to teach retries) come back in UnprocessedItems.
 */
public final class BatchWriteItem implements Action {
    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        JsonObject requestItems = JsonFields.map(request, "RequestItems");
        String returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        String returnItemCollectionMetrics = JsonFields.string(request, "ReturnItemCollectionMetrics");
        List<TableWrites> entries = RequestItems.read(requestItems, TableWrites::read);
        Constraints check = Constraints.check().notNull("requestItems", requestItems);
        entries.forEach(entry -> entry.constrain(check));
        check.oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES)
                .oneOf("returnItemCollectionMetrics", returnItemCollectionMetrics, WriteRequest.COLLECTION_METRICS)
                .throwIfAny();
        RequestItems.requireNotEmpty(requestItems, "BatchWriteItem");
        Constraints names = Constraints.check();
        RequestItems.constrain(names, requestItems);
        names.throwIfAny();
        RequestItems.requireAtMost(entries.stream().mapToInt(entry -> entry.writes().size()).sum(),
                TableWrites.MAX_REQUESTS, "BatchWriteItem");
        entries.forEach(TableWrites::checkShapes);

        List<Table> tables = new ArrayList<>();
        entries.forEach(entry -> tables.add(ItemTables.require(context, entry.tableName())));
        List<List<PrimaryKey>> keys = new ArrayList<>();
        for (int t = 0; t < entries.size(); t++) {
            keys.add(entries.get(t).keysIn(tables.get(t)));
        }
        return write(context, entries, tables, keys, ReturnConsumedCapacity.parse(returnConsumedCapacity),
                "SIZE".equals(returnItemCollectionMetrics));
    }

    private static JsonObject write(EngineContext context, List<TableWrites> entries, List<Table> tables,
                                    List<List<PrimaryKey>> keys, ReturnConsumedCapacity returnCapacity,
                                    boolean collectionMetrics) {
        JsonObject unprocessed = new JsonObject();
        JsonObject metrics = new JsonObject();
        CapacityByTable capacity = new CapacityByTable();
        BatchThrottle throttle = new BatchThrottle(context.throttle(), Throttle.Access.WRITE);
        for (int t = 0; t < entries.size(); t++) {
            TableWrites entry = entries.get(t);
            Table table = tables.get(t);
            JsonArray left = new JsonArray();
            JsonArray tableMetrics = new JsonArray();
            for (int w = 0; w < entry.writes().size(); w++) {
                TableWrites.Write write = entry.writes().get(w);
                if (context.faults().shouldFail(FaultKind.UNPROCESSED_BATCH_WRITE) || !throttle.admit(table)) {
                    left.add(write.json());
                    continue;
                }
                PrimaryKey key = keys.get(t).get(w);
                ItemChange change = context.writer().mutate(table, key, current -> write.isPut()
                        ? (write.item().equals(current) ? current : write.item()) : null);
                ConsumedCapacity consumed = ItemCapacity.write(table, key, change.oldItem(), change.newItem());
                throttle.charge(table, consumed);
                capacity.add(consumed);
                JsonObject collection = collectionMetrics ? ItemCollections.metrics(table, key) : null;
                if (collection != null) {
                    tableMetrics.add(collection);
                }
            }
            if (!left.isEmpty()) {
                unprocessed.put(entry.tableName(), left);
            }
            if (!tableMetrics.isEmpty()) {
                metrics.put(entry.tableName(), tableMetrics);
            }
        }
        throttle.requireProgress();
        JsonObject response = new JsonObject().put("UnprocessedItems", unprocessed)
                .put("ConsumedCapacity", capacity.toJson(returnCapacity));
        return collectionMetrics ? response.put("ItemCollectionMetrics", metrics) : response;
    }
}
