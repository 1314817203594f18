package io.ddbworkbench.engine.action.item;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.ItemCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.ExpressionParameters;
import io.ddbworkbench.engine.expr.LegacyConditions;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The parameters PutItem, UpdateItem and DeleteItem share: table name, the Return* options, the legacy
 * Expected/ConditionalOperator pair and the expression placeholders; and the response they share.
 */
public final class WriteRequest {
    private static final List<String> CONDITIONAL_OPERATORS = List.of("OR", "AND");
    /** The ReturnItemCollectionMetrics values, as the service lists them in its enum constraint message. */
    public static final List<String> COLLECTION_METRICS = List.of("SIZE", "NONE");
    private static final List<String> ON_CONDITION_FAILURE = List.of("ALL_OLD", "NONE");

    private final JsonObject request;
    private final String tableName;
    private final String returnConsumedCapacity;
    private final String returnItemCollectionMetrics;
    private final String returnValues;
    private final String returnValuesOnConditionCheckFailure;
    private final String conditionalOperator;
    private final ExpressionAttributes attributes;

    private WriteRequest(JsonObject request) {
        this.request = request;
        this.tableName = JsonFields.string(request, "TableName");
        this.returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        this.returnItemCollectionMetrics = JsonFields.string(request, "ReturnItemCollectionMetrics");
        this.returnValues = JsonFields.string(request, "ReturnValues");
        this.returnValuesOnConditionCheckFailure = JsonFields.string(request, "ReturnValuesOnConditionCheckFailure");
        this.conditionalOperator = JsonFields.string(request, "ConditionalOperator");
        this.attributes = ExpressionAttributes.read(request);
    }

    /** Reads the shared members' JSON shape; {@link #constraints} checks their values. */
    public static WriteRequest read(JsonObject request) {
        return new WriteRequest(request);
    }

    /**
     * The request's constraint violations, in the order the service lists them. {@code itemMember} and
     * {@code item} are the operation's Key or Item; the caller may add its own before throwing.
     */
    public Constraints constraints(String itemMember, Item item) {
        Constraints check = Constraints.check()
                .oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES)
                .tableName("tableName", tableName)
                .oneOf("returnItemCollectionMetrics", returnItemCollectionMetrics, COLLECTION_METRICS)
                .oneOf("returnValues", returnValues, ReturnValue.WIRE_VALUES)
                .notNull(itemMember, item)
                .oneOf("conditionalOperator", conditionalOperator, CONDITIONAL_OPERATORS);
        JsonObject expected = JsonFields.map(request, "Expected");
        if (expected != null) {
            for (Map.Entry<String, JsonValue> entry : expected.entries()) {
                JsonObject condition = JsonFields.asStructure(entry.getValue());
                if (condition != null) {
                    check.oneOf("expected." + entry.getKey() + ".member.comparisonOperator",
                            JsonFields.string(condition, "ComparisonOperator"), LegacyConditions.Operator.wireValues());
                }
            }
        }
        return check.oneOf("returnValuesOnConditionCheckFailure", returnValuesOnConditionCheckFailure,
                ON_CONDITION_FAILURE);
    }

    /**
     * Checks a PutItem or DeleteItem request in the service's order (constraints, expression parameter rules,
     * return values, the condition and its placeholders) and returns its condition. {@code itemMember} and
     * {@code item} are the operation's Item or Key.
     */
    public WriteCondition checkConditionalWrite(String itemMember, Item item) {
        constraints(itemMember, item).throwIfAny();
        ExpressionParameters.check(request, List.of("ConditionExpression"), List.of("Expected"));
        ReturnValue value = returnValues();
        if (value != ReturnValue.NONE && value != ReturnValue.ALL_OLD) {
            throw ApiException.validation("ReturnValues can only be ALL_OLD or NONE");
        }
        WriteCondition expected = WriteCondition.fromExpected(request);
        attributes.validate();
        WriteCondition condition = expected.or(WriteCondition.fromExpression(request, attributes));
        attributes.requireAllUsed();
        return condition;
    }

    public String tableName() {
        return tableName;
    }

    public ExpressionAttributes attributes() {
        return attributes;
    }

    public ReturnValue returnValues() {
        return ReturnValue.parse(returnValues);
    }

    /** True when a failed condition should hand back the item as it was (ReturnValuesOnConditionCheckFailure). */
    public boolean returnItemOnConditionFailure() {
        return "ALL_OLD".equals(returnValuesOnConditionCheckFailure);
    }

    /**
     * Runs the write through the single write path, admitted by the table's simulated throughput. A write refused
     * by its condition still spends what the service bills for it: a write of the item as it was.
     */
    public ItemChange mutate(EngineContext context, Table table, PrimaryKey key, UnaryOperator<Item> decide) {
        context.throttle().admit(table, Throttle.Access.WRITE, null);
        Item[] seen = new Item[1];
        try {
            return context.writer().mutate(table, key, current -> {
                seen[0] = current;
                return decide.apply(current);
            });
        } catch (ApiException e) {
            if (e.code() == ErrorCode.CONDITIONAL_CHECK_FAILED) {
                context.throttle().charge(table, Throttle.Access.WRITE,
                        ItemCapacity.write(table, key, seen[0], seen[0]));
            }
            throw e;
        }
    }

    /**
     * The response to a completed write: the returned attributes (left out when empty), the consumed capacity
     * (charged to the table's simulated throughput) and the item collection metrics, each only when asked for.
     */
    public JsonObject response(EngineContext context, Table table, ItemChange change, Item returned) {
        JsonObject response = new JsonObject();
        if (returned != null && !returned.isEmpty()) {
            response.put("Attributes", AttributeValueJson.writeItem(returned));
        }
        ConsumedCapacity consumed = ItemCapacity.write(table, change.key(), change.oldItem(), change.newItem());
        context.throttle().charge(table, Throttle.Access.WRITE, consumed);
        response.put("ConsumedCapacity", consumed.toJson(ReturnConsumedCapacity.parse(returnConsumedCapacity)));
        if ("SIZE".equals(returnItemCollectionMetrics)) {
            response.put("ItemCollectionMetrics", ItemCollections.metrics(table, change.key()));
        }
        return response;
    }
}
