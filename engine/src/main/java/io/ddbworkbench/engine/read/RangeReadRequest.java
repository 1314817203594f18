package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.item.ItemTables;
import io.ddbworkbench.engine.action.item.KeyRules;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.expr.ConditionExpression;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.ExpressionAttributes;
import io.ddbworkbench.engine.expr.ExpressionKind;
import io.ddbworkbench.engine.expr.ExpressionParameters;
import io.ddbworkbench.engine.expr.LegacyConditions;
import io.ddbworkbench.engine.expr.ProjectionExpression;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.OrderedKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The parameters Query and Scan share, checked in the service's order, and the page read that answers them.
 * The actions call the steps in order, adding their own checks (key conditions, segments) in between.
 */
public final class RangeReadRequest {
    private static final List<String> CONDITIONAL_OPERATORS = List.of("OR", "AND");

    private final ReadOperation operation;
    private final JsonObject request;
    private final String tableName;
    private final String indexName;
    private final String select;
    private final Long limit;
    private final boolean consistentRead;
    private final String returnConsumedCapacity;
    private Throttle throttle;
    private final String conditionalOperator;
    private final AttributesToGet attributesToGet;
    private final JsonObject legacyFilterJson;
    private final ExpressionAttributes attributes;

    private ProjectionExpression projection;
    private ConditionExpression filterExpression;
    private LegacyConditions legacyFilter;
    private Item startKey;

    private RangeReadRequest(ReadOperation operation, JsonObject request) {
        this.operation = operation;
        this.request = request;
        this.tableName = JsonFields.string(request, "TableName");
        this.indexName = JsonFields.string(request, "IndexName");
        this.select = JsonFields.string(request, "Select");
        this.limit = JsonFields.integer(request, "Limit", "Integer");
        this.consistentRead = Boolean.TRUE.equals(JsonFields.bool(request, "ConsistentRead"));
        this.returnConsumedCapacity = JsonFields.string(request, "ReturnConsumedCapacity");
        this.conditionalOperator = JsonFields.string(request, "ConditionalOperator");
        this.attributesToGet = AttributesToGet.read(request);
        this.legacyFilterJson = JsonFields.map(request, operation.legacyFilter());
        this.attributes = ExpressionAttributes.read(request);
    }

    /** Reads the shared members' JSON shapes; {@link #constraints()} checks their values. */
    public static RangeReadRequest read(JsonObject request, ReadOperation operation) {
        return new RangeReadRequest(operation, request);
    }

    /** The shared members' constraint violations; the caller adds its own before throwing. */
    public Constraints constraints() {
        Constraints check = Constraints.check().tableName("tableName", tableName);
        if (indexName != null) {
            check.newResourceName("indexName", indexName);
        }
        check.oneOf("select", select, Select.WIRE_VALUES);
        operation.constrainLimit(check, limit);
        check.oneOf("returnConsumedCapacity", returnConsumedCapacity, ReturnConsumedCapacity.WIRE_VALUES);
        AttributesToGet.constrain(check, "attributesToGet", attributesToGet);
        check.oneOf("conditionalOperator", conditionalOperator, CONDITIONAL_OPERATORS);
        constrainComparisons(check, lowerFirst(operation.legacyFilter()), legacyFilterJson);
        return check;
    }

    /** Checks the ComparisonOperator of every entry of a legacy condition map (QueryFilter, KeyConditions, ...). */
    public static void constrainComparisons(Constraints check, String path, JsonObject conditions) {
        if (conditions == null) {
            return;
        }
        for (Map.Entry<String, JsonValue> entry : conditions.entries()) {
            JsonObject condition = JsonFields.asStructure(entry.getValue());
            if (condition != null) {
                String memberPath = path + "." + entry.getKey() + ".member.comparisonOperator";
                String operator = JsonFields.string(condition, "ComparisonOperator");
                check.notNull(memberPath, operator)
                        .oneOf(memberPath, operator, LegacyConditions.Operator.wireValues());
            }
        }
    }

    private static String lowerFirst(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }

    /**
     * The rules between members: expressions exclude their legacy counterparts, the legacy filter's clauses,
     * AttributesToGet without duplicates, and the start key's values.
     */
    public void checkParameters() {
        List<String> legacy = new ArrayList<>(operation.legacyParameters());
        if (!request.has("KeyConditionExpression")) {
            // The service lets legacy KeyConditions stand next to the other operations' expressions.
            legacy.remove("KeyConditions");
        }
        ExpressionParameters.check(request, operation.expressionParameters(), legacy);
        if (legacyFilterJson != null) {
            legacyFilter = LegacyConditions.readFilter(legacyFilterJson, conditionalOperator);
        }
        if (attributesToGet != null) {
            attributesToGet.requireDistinct();
        }
        startKey = readStartKey(request.get("ExclusiveStartKey"));
    }

    private static Item readStartKey(JsonValue json) {
        try {
            return AttributeValueJson.readItem(json);
        } catch (ApiException e) {
            if (e.code() != ErrorCode.VALIDATION) {
                throw e;
            }
            throw ApiException.validation("The provided starting key is invalid: " + e.getMessage());
        }
    }

    /**
     * Checks the placeholders and parses the expressions: first the caller's own (Query's key condition), then
     * the filter and the projection; then no placeholder may be left unused.
     */
    public void parseExpressions(Consumer<ExpressionAttributes> ownExpressions) {
        attributes.validate();
        ownExpressions.accept(attributes);
        String filterText = JsonFields.string(request, "FilterExpression");
        if (filterText != null) {
            filterExpression = ConditionExpression.parse(ExpressionKind.FILTER, filterText, attributes);
        }
        String projectionText = JsonFields.string(request, "ProjectionExpression");
        if (projectionText != null) {
            projection = ProjectionExpression.parse(projectionText, attributes);
        }
        attributes.requireAllUsed();
    }

    /** The Select rules that need no table: what may be combined with what. */
    public void checkSelect() {
        Select chosen = select == null ? null : Select.valueOf(select);
        boolean projecting = projection != null || attributesToGet != null;
        if (chosen == Select.SPECIFIC_ATTRIBUTES && !projecting) {
            throw ApiException.validation(operation.selectMessage("Must specify the AttributesToGet or"
                    + " ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES"));
        }
        if (projecting && chosen != null && chosen != Select.SPECIFIC_ATTRIBUTES) {
            String member = projection != null ? "ProjectionExpression" : "AttributesToGet";
            throw ApiException.validation(operation.selectMessage("Cannot specify the " + member
                    + " when choosing to get " + chosen.describe()));
        }
        if (chosen == Select.ALL_PROJECTED_ATTRIBUTES && indexName == null) {
            throw ApiException.validation(operation.selectMessage(
                    "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName"));
        }
    }

    /**
     * The table or index to read, with the rules that depend on what it is; no filter or projection path may
     * reach inside one of the table's key attributes.
     */
    public ReadTarget target(EngineContext context) {
        Table table = ItemTables.require(context, tableName);
        throttle = context.throttle();
        ReadTarget target = ReadTarget.resolve(table, indexName);
        if (consistentRead && target.isGlobalIndex()) {
            throw ApiException.validation("Consistent reads are not supported on global secondary indexes");
        }
        if (Select.ALL_ATTRIBUTES.name().equals(select) && target.isGlobalIndex() && !target.projectsAll()) {
            throw ApiException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is"
                    + " not supported for global secondary index " + indexName
                    + " because its projection type is not ALL");
        }
        List<DocumentPath> paths = new ArrayList<>();
        if (filterExpression != null) {
            paths.addAll(filterExpression.paths());
        }
        if (projection != null) {
            paths.addAll(projection.paths());
        }
        KeyRules.requireScalarKeyPaths(table.definition(), paths);
        return target;
    }

    /**
     * Where the read resumes (null: from the start). The start key must hold exactly the table key and the
     * index key, of their declared types.
     */
    public OrderedKey startPosition(ReadTarget target) {
        if (startKey == null) {
            return null;
        }
        List<KeyAttribute> expected = target.positionAttributes();
        boolean fits = startKey.attributes().size() == expected.size();
        for (KeyAttribute attribute : expected) {
            AttributeValue value = startKey.get(attribute.name());
            fits &= value != null && value.type() == attribute.type();
        }
        if (!fits) {
            throw ApiException.validation(operation.invalidStartKey(target.isIndex()));
        }
        return target.orderOf(startKey);
    }

    /** The start key as given, checked by {@link #startPosition}; null when the read starts at the beginning. */
    public Item startKey() {
        return startKey;
    }

    /** The top-level attributes the filter reads. */
    public List<String> filterAttributes() {
        List<String> names = new ArrayList<>();
        if (filterExpression != null) {
            filterExpression.paths().forEach(path -> names.add(path.attributeName()));
        } else if (legacyFilter != null) {
            names.addAll(legacyFilter.attributeNames());
        }
        return names;
    }

    /** True when the filter is the legacy QueryFilter/ScanFilter map rather than a FilterExpression. */
    public boolean hasLegacyFilter() {
        return legacyFilter != null;
    }

    /**
     * Reads one page from the entries, which start after the start key and end where the read must stop,
     * admitted by and charged to the target's simulated throughput.
     */
    public JsonObject readPage(ReadTarget target, Iterator<Map.Entry<OrderedKey, Item>> entries) {
        throttle.admit(target.table(), Throttle.Access.READ, target.indexName());
        Select chosen = effectiveSelect(target);
        List<DocumentPath> paths = projection != null ? projection.paths()
                : attributesToGet != null ? attributesToGet.paths() : null;
        boolean fetch = target.isLocalIndex() && !target.projectsAll() && (chosen == Select.ALL_ATTRIBUTES
                || readsMissingAttribute(target, paths));
        Predicate<Item> filter = filterExpression != null ? filterExpression::matches
                : legacyFilter != null ? legacyFilter::matches : null;
        PageReader reader = new PageReader(target, limit == null ? null : limit.intValue(), filter, paths,
                chosen == Select.COUNT, fetch, consistentRead);
        return reader.read(entries, ReturnConsumedCapacity.parse(returnConsumedCapacity),
                consumed -> throttle.charge(target.table(), Throttle.Access.READ, consumed));
    }

    private Select effectiveSelect(ReadTarget target) {
        if (select != null) {
            return Select.valueOf(select);
        }
        if (projection != null || attributesToGet != null) {
            return Select.SPECIFIC_ATTRIBUTES;
        }
        return target.isIndex() ? Select.ALL_PROJECTED_ATTRIBUTES : Select.ALL_ATTRIBUTES;
    }

    /** True when the projection or the filter needs an attribute the index entries do not hold. */
    private boolean readsMissingAttribute(ReadTarget target, List<DocumentPath> paths) {
        List<String> needed = filterAttributes();
        if (paths != null) {
            paths.forEach(path -> needed.add(path.attributeName()));
        }
        return !needed.stream().allMatch(target::holds);
    }
}
