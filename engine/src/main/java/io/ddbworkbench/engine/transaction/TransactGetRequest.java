package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.capacity.CapacityByTable;
import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.capacity.TransactionCapacity;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * A TransactGetItems request: up to 100 items read as one consistent snapshot. The reads hold their tables'
 * locks, so no write, single or transactional, lands between two of them.
 */
public final class TransactGetRequest {
    private final List<TransactGet> gets;
    private final ReturnConsumedCapacity returnConsumedCapacity;

    private TransactGetRequest(List<TransactGet> gets, ReturnConsumedCapacity returnConsumedCapacity) {
        this.gets = gets;
        this.returnConsumedCapacity = returnConsumedCapacity;
    }

    /** Reads the request and checks its shape. */
    public static TransactGetRequest read(JsonObject request) {
        String returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        Constraints check = Constraints.check()
                .oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES);
        List<JsonValue> elements = TransactItems.read(request, check);
        List<TransactGet> gets = new ArrayList<>(elements.size());
        if (TransactItems.withinLimits(elements)) {
            for (int i = 0; i < elements.size(); i++) {
                gets.add(TransactGet.read(elements.get(i), i + 1, check));
            }
        }
        check.throwIfAny();
        return new TransactGetRequest(gets, ReturnConsumedCapacity.parse(returnConsumedCapacity));
    }

    /**
     * Checks every Get against its table, reads all the items as one snapshot and answers with them in request
     * order; a key that does not fit its table cancels the transaction with a ValidationError for that Get.
     */
    public JsonObject execute(EngineContext context) {
        gets.forEach(get -> get.prepare(context));
        TransactItems.requireOneActionPerItem(gets);
        List<CancellationReason> reasons = new ArrayList<>(gets.size());
        boolean invalid = false;
        for (TransactGet get : gets) {
            reasons.add(get.keyProblem() == null ? CancellationReason.NONE
                    : CancellationReason.validationError(get.keyProblem()));
            invalid |= get.keyProblem() != null;
        }
        if (invalid) {
            throw CancellationReason.cancel(reasons);
        }
        TransactItems.admit(context, gets, Throttle.Access.READ);
        List<Item> items = context.writer().withLocks(TransactItems.tables(gets), () -> {
            List<Item> read = new ArrayList<>(gets.size());
            gets.forEach(get -> read.add(get.table().get(get.key())));
            return read;
        });
        JsonArray responses = new JsonArray();
        CapacityByTable consumed = new CapacityByTable();
        for (int i = 0; i < gets.size(); i++) {
            TransactGet get = gets.get(i);
            Item item = items.get(i);
            Item returned = get.returned(item);
            responses.add(returned == null ? new JsonObject()
                    : new JsonObject().put("Item", AttributeValueJson.writeItem(returned)));
            ConsumedCapacity capacity = TransactionCapacity.read(get.table().name(), item == null ? 0 : item.size());
            context.throttle().charge(get.table(), Throttle.Access.READ, capacity);
            consumed.add(capacity);
        }
        return new JsonObject().put("Responses", responses)
                .put("ConsumedCapacity", consumed.toJson(returnConsumedCapacity));
    }
}
