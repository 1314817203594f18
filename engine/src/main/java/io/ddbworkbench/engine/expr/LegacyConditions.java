package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The pre-expression way to write a condition: a map of attribute names to comparisons (the Expected parameter
 * of writes, and QueryFilter / ScanFilter), joined by ConditionalOperator AND (the default) or OR. Kept because
 * older code and tutorials still use it; each clause compares by the same rules as expressions.
 */
public final class LegacyConditions {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final Set<AttributeType> SCALARS = EnumSet.of(AttributeType.S, AttributeType.N, AttributeType.B);
    private static final Set<AttributeType> STRING_OR_BINARY = EnumSet.of(AttributeType.S, AttributeType.B);

    /** The comparison operators, listed as the service's enum constraint lists them. */
    public enum Operator {
        IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS;

        /** The names in the order the service prints them in "Member must satisfy enum value set". */
        public static List<String> wireValues() {
            List<String> names = new ArrayList<>();
            for (Operator operator : values()) {
                names.add(operator.name());
            }
            return names;
        }
    }

    /** One attribute's comparison. */
    public record Clause(String attributeName, Operator operator, List<AttributeValue> values) {
        public Clause {
            values = List.copyOf(values);
        }
    }

    /** The legacy operators a key condition may use, and their key range equivalents. */
    private static final Map<Operator, SortKeyCondition.Operator> KEY_OPERATORS = Map.of(
            Operator.EQ, SortKeyCondition.Operator.EQ, Operator.LT, SortKeyCondition.Operator.LT,
            Operator.LE, SortKeyCondition.Operator.LE, Operator.GT, SortKeyCondition.Operator.GT,
            Operator.GE, SortKeyCondition.Operator.GE, Operator.BETWEEN, SortKeyCondition.Operator.BETWEEN,
            Operator.BEGINS_WITH, SortKeyCondition.Operator.BEGINS_WITH);

    private final List<Clause> clauses;
    private final boolean anyClause;

    private LegacyConditions(List<Clause> clauses, boolean anyClause) {
        this.clauses = List.copyOf(clauses);
        this.anyClause = anyClause;
    }

    /**
     * Reads and checks an Expected map (entries of Value, Exists, ComparisonOperator, AttributeValueList) with
     * the service's messages. {@code conditionalOperator} is "AND", "OR" or null. The enum members must already
     * have passed the request's constraint check.
     */
    public static LegacyConditions readExpected(JsonObject expected, String conditionalOperator) {
        return new LegacyConditions(readClauses(expected, LegacyConditions::readExpectedClause),
                "OR".equals(conditionalOperator));
    }

    /**
     * Reads and checks a QueryFilter or ScanFilter map (entries of ComparisonOperator and AttributeValueList)
     * with the service's messages. The operators must already have passed the request's constraint check.
     */
    public static LegacyConditions readFilter(JsonObject filter, String conditionalOperator) {
        return new LegacyConditions(readClauses(filter, LegacyConditions::readComparison),
                "OR".equals(conditionalOperator));
    }

    /**
     * Reads the legacy KeyConditions map of a Query: one or two comparisons, each of an operator a key range can
     * use. Which attribute is which key is decided by {@link KeyConditions#forSchema}.
     */
    public static Map<String, SortKeyCondition> readKeyConditions(JsonObject keyConditions) {
        Map<String, SortKeyCondition> byAttribute = new LinkedHashMap<>();
        for (Clause clause : readClauses(keyConditions, LegacyConditions::readComparison)) {
            SortKeyCondition.Operator operator = KEY_OPERATORS.get(clause.operator());
            if (operator == null) {
                throw ApiException.validation("Attempted conditional constraint is not an indexable operation");
            }
            byAttribute.put(clause.attributeName(), new SortKeyCondition(clause.attributeName(), operator,
                    clause.values()));
        }
        if (byAttribute.size() != 1 && byAttribute.size() != 2) {
            throw ApiException.validation("Conditions can be of length 1 or 2 only");
        }
        return byAttribute;
    }

    /** One clause per attribute of a condition map, read by {@code readClause}; null entries are skipped. */
    private static List<Clause> readClauses(JsonObject conditions, BiFunction<String, JsonObject, Clause> readClause) {
        List<Clause> clauses = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : conditions.entries()) {
            JsonObject condition = JsonFields.asStructure(entry.getValue());
            if (condition != null) {
                clauses.add(readClause.apply(entry.getKey(), condition));
            }
        }
        return clauses;
    }

    private static Clause readComparison(String attribute, JsonObject condition) {
        Operator operator = Operator.valueOf(JsonFields.string(condition, "ComparisonOperator"));
        JsonArray list = JsonFields.list(condition, "AttributeValueList");
        return checkedClause(attribute, operator, list == null ? List.of() : readValues(list));
    }

    private static List<AttributeValue> readValues(JsonArray list) {
        List<AttributeValue> values = new ArrayList<>(list.size());
        for (JsonValue element : list) {
            values.add(AttributeValueJson.read(element));
        }
        return values;
    }

    /** The attributes the clauses compare. */
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(clauses.size());
        clauses.forEach(clause -> names.add(clause.attributeName()));
        return names;
    }

    private static Clause readExpectedClause(String attribute, JsonObject condition) {
        AttributeValue value = condition.has("Value") ? AttributeValueJson.read(condition.get("Value")) : null;
        Boolean exists = JsonFields.bool(condition, "Exists");
        String operatorName = JsonFields.string(condition, "ComparisonOperator");
        JsonArray list = JsonFields.list(condition, "AttributeValueList");
        if (list != null && value != null) {
            throw ApiException.validation(INVALID + "Value and AttributeValueList cannot be used together for Attribute: "
                    + attribute);
        }
        if (operatorName != null) {
            if (exists != null) {
                throw ApiException.validation(INVALID + "Exists and ComparisonOperator cannot be used together for"
                        + " Attribute: " + attribute);
            }
            Operator operator = Operator.valueOf(operatorName);
            if (operator != Operator.NULL && operator != Operator.NOT_NULL && list == null && value == null) {
                throw ApiException.validation(INVALID + "Value or AttributeValueList must be used with"
                        + " ComparisonOperator: " + operatorName + " for Attribute: " + attribute);
            }
            List<AttributeValue> values = list != null ? readValues(list)
                    : value != null ? List.of(value) : List.of();
            return checkedClause(attribute, operator, values);
        }
        if (list != null) {
            throw ApiException.validation(INVALID + "AttributeValueList can only be used with a ComparisonOperator for"
                    + " Attribute: " + attribute);
        }
        boolean mustExist = exists == null || exists;
        if (mustExist && value == null) {
            throw ApiException.validation(INVALID + "Value must be provided when Exists is " + exists
                    + " for Attribute: " + attribute);
        }
        if (!mustExist && value != null) {
            throw ApiException.validation(INVALID + "Value cannot be used when Exists is false for Attribute: "
                    + attribute);
        }
        return mustExist ? new Clause(attribute, Operator.EQ, List.of(value))
                : new Clause(attribute, Operator.NULL, List.of());
    }

    /** Checks a clause's operand count and types as the service does for Expected and the filter maps. */
    public static Clause checkedClause(String attribute, Operator operator, List<AttributeValue> values) {
        if (!argumentCountFits(operator, values.size())) {
            throw ApiException.validation(INVALID + "Invalid number of argument(s) for the " + operator
                    + " ComparisonOperator");
        }
        for (AttributeValue value : values) {
            if (value.type() != values.get(0).type()) {
                throw ApiException.validation(INVALID + "AttributeValues inside AttributeValueList must be of same type");
            }
        }
        Set<AttributeType> allowed = allowedTypes(operator);
        for (AttributeValue value : values) {
            if (allowed != null && !allowed.contains(value.type())) {
                throw ApiException.validation(INVALID + "ComparisonOperator " + operator + " is not valid for "
                        + value.type() + " AttributeValue type");
            }
        }
        if (operator == Operator.BETWEEN && Comparisons.compareScalars(values.get(0), values.get(1)) > 0) {
            throw ApiException.validation(
                    "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
        }
        return new Clause(attribute, operator, values);
    }

    private static boolean argumentCountFits(Operator operator, int count) {
        switch (operator) {
            case NULL: case NOT_NULL: return count == 0;
            case BETWEEN: return count == 2;
            case IN: return count >= 1;
            default: return count == 1;
        }
    }

    /** The value types an operator accepts; null where any type is fine (EQ, NE compare lists and maps too). */
    private static Set<AttributeType> allowedTypes(Operator operator) {
        switch (operator) {
            case BEGINS_WITH: return STRING_OR_BINARY;
            case EQ: case NE: case NULL: case NOT_NULL: return null;
            default: return SCALARS;
        }
    }

    /** True when the item (null: no item) satisfies every clause, or any clause under ConditionalOperator OR. */
    public boolean matches(Item item) {
        Item subject = item == null ? Item.EMPTY : item;
        for (Clause clause : clauses) {
            boolean matched = matches(clause, subject.get(clause.attributeName()));
            if (matched == anyClause) {
                return matched;
            }
        }
        return !anyClause || clauses.isEmpty();
    }

    private static boolean matches(Clause clause, AttributeValue actual) {
        List<AttributeValue> values = clause.values();
        switch (clause.operator()) {
            case EQ: return Comparisons.equal(actual, values.get(0));
            case NE: return !Comparisons.equal(actual, values.get(0));
            case LT: return Comparisons.ordered(actual, values.get(0), Token.Type.LT);
            case LE: return Comparisons.ordered(actual, values.get(0), Token.Type.LE);
            case GT: return Comparisons.ordered(actual, values.get(0), Token.Type.GT);
            case GE: return Comparisons.ordered(actual, values.get(0), Token.Type.GE);
            case NOT_NULL: return actual != null;
            case NULL: return actual == null;
            case CONTAINS: return Comparisons.contains(actual, values.get(0));
            case NOT_CONTAINS: return !Comparisons.contains(actual, values.get(0));
            case BEGINS_WITH: return Comparisons.beginsWith(actual, values.get(0));
            case IN: return values.stream().anyMatch(value -> Comparisons.equal(actual, value));
            default: return Comparisons.between(actual, values.get(0), values.get(1));
        }
    }
}
