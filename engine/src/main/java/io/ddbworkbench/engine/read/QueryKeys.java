package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.KeyConditionExpression;
import io.ddbworkbench.engine.expr.KeyConditions;
import io.ddbworkbench.engine.expr.LegacyConditions;
import io.ddbworkbench.engine.expr.SortKeyCondition;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.OrderedKey;
import java.util.Map;

/**
 * A Query's key condition, given as a KeyConditionExpression or as the legacy KeyConditions map, and the
 * rules that tie it to the key schema read, the filter and the start key.
 */
public final class QueryKeys {
    private final String expressionText;
    private final Map<String, SortKeyCondition> legacy;
    private KeyConditionExpression expression;

    private QueryKeys(String expressionText, Map<String, SortKeyCondition> legacy) {
        this.expressionText = expressionText;
        this.legacy = legacy;
    }

    /** Reads whichever form the request uses; one of them is required. */
    public static QueryKeys read(JsonObject request, JsonObject keyConditionsJson) {
        String text = JsonFields.string(request, "KeyConditionExpression");
        if (text == null && keyConditionsJson == null) {
            throw ApiException.validation(
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        return new QueryKeys(text, text == null ? LegacyConditions.readKeyConditions(keyConditionsJson) : null);
    }

    /** Parses the KeyConditionExpression, if that is the form used, with the request's placeholders. */
    public void parseExpression(ExpressionAttributes attributes) {
        if (expressionText != null) {
            expression = KeyConditionExpression.parse(expressionText, attributes);
        }
    }

    /** Checks the key condition against what the query reads, then reads one page of the selected range. */
    public JsonObject readPage(RangeReadRequest read, ReadTarget target, boolean forward) {
        OrderedKey start = read.startPosition(target);
        KeySchema schema = target.keySchema();
        KeyConditions conditions = expression != null ? expression.against(schema)
                : KeyConditions.forSchema(schema, legacy);
        for (String attribute : read.filterAttributes()) {
            if (schema.isKeyAttribute(attribute)) {
                throw ApiException.validation((read.hasLegacyFilter() ? "QueryFilter" : "Filter Expression")
                        + " can only contain non-primary key attributes: Primary key attribute: " + attribute);
            }
        }
        if (start != null) {
            requireWithinCondition(read.startKey(), schema, conditions);
        }
        KeyRange range = KeyRange.of(conditions);
        var entries = forward
                ? target.store().range(start != null ? start : range.from(), start == null, range.to(), false, false)
                : target.store().range(range.from(), false, start != null ? start : range.to(), start == null, true);
        return read.readPage(target, entries);
    }

    private static void requireWithinCondition(Item startKey, KeySchema schema, KeyConditions conditions) {
        AttributeValue partition = startKey.get(schema.partitionKey().name());
        if (!partition.equals(conditions.partitionValue())) {
            throw ApiException.validation(
                    "The provided starting key is outside query boundaries based on provided conditions");
        }
        SortKeyCondition sort = conditions.sortCondition();
        if (sort != null && !sort.matches(startKey.get(schema.sortKey().name()))) {
            throw ApiException.validation("The provided starting key does not match the range key predicate");
        }
    }
}
