package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The semantic checks on a parsed expression, run in the service's order so that an expression with several
 * problems is reported with the same one: first reserved words, list indexes and function names and places
 * (in the order written), then placeholders, operand types and operand rules. Each check stops at the first
 * problem. It also records which placeholders the expression used.
 */
final class ExpressionChecker {
    /** A document path may have at most this many steps. */
    static final int MAX_PATH_DEPTH = 32;
    /** IN takes at most this many candidates. */
    static final int MAX_IN_OPERANDS = 100;

    private static final Map<String, Integer> CONDITION_FUNCTIONS = Map.of(
            "attribute_exists", 1, "attribute_not_exists", 1, "attribute_type", 2, "begins_with", 2, "contains", 2);
    private static final Map<String, Integer> OPERAND_FUNCTIONS = Map.of("size", 1);
    private static final Map<String, Integer> UPDATE_FUNCTIONS = Map.of("if_not_exists", 2, "list_append", 2);
    private static final Set<String> PATH_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "if_not_exists");
    private static final Set<AttributeType> SCALARS = EnumSet.of(AttributeType.S, AttributeType.N, AttributeType.B);
    private static final Set<AttributeType> SIZED = EnumSet.of(AttributeType.S, AttributeType.B, AttributeType.SS,
            AttributeType.NS, AttributeType.BS, AttributeType.L, AttributeType.M);
    private static final String ATTRIBUTE_TYPE_NAMES = "{N,BS,L,B,NULL,M,S,SS,NS,BOOL}";
    /** What attribute_type reports when its second operand is a path, whose type is unknown until evaluated. */
    private static final String ANY_TYPE =
            "{SS,M,DECIMAL,DOUBLESET,HDS,N,B,DICT,INTSET,BOOL,HD,BS,INT,DECIMALSET,NULL,FLOAT,FS,S,L,NS,DOUBLE}";

    private final ExpressionKind kind;
    private final ExpressionAttributes attributes;

    private ExpressionChecker(ExpressionKind kind, ExpressionAttributes attributes) {
        this.kind = kind;
        this.attributes = attributes;
    }

    static void checkCondition(Condition condition, ExpressionKind kind, ExpressionAttributes attributes) {
        ExpressionChecker checker = new ExpressionChecker(kind, attributes);
        checker.structure(condition);
        checker.references(condition);
    }

    static void checkProjection(List<PathOperand> paths, ExpressionAttributes attributes) {
        ExpressionChecker checker = new ExpressionChecker(ExpressionKind.PROJECTION, attributes);
        for (PathOperand path : paths) {
            checker.structure(path, false);
        }
        for (PathOperand path : paths) {
            checker.references(path);
        }
        checker.requireNoOverlaps(resolveAll(paths, attributes));
    }

    static void checkUpdate(List<UpdateClause> clauses, ExpressionAttributes attributes) {
        ExpressionChecker checker = new ExpressionChecker(ExpressionKind.UPDATE, attributes);
        Map<UpdateAction.Clause, List<UpdateClause>> sections = new LinkedHashMap<>();
        List<UpdateAction> actions = new ArrayList<>();
        for (UpdateClause clause : clauses) {
            sections.computeIfAbsent(clause.clause(), c -> new ArrayList<>()).add(clause);
            actions.addAll(clause.actions());
        }
        for (List<UpdateClause> section : sections.values()) {
            for (UpdateClause clause : section) {
                for (UpdateAction action : clause.actions()) {
                    checker.structure(action.path(), false);
                    if (action.value() != null) {
                        checker.structure(action.value(), false);
                    }
                }
            }
            if (section.size() > 1) {
                throw checker.kind.invalid("The \"" + section.get(0).clause() + "\" section can only be used once in"
                        + " an update expression;");
            }
        }
        List<PathOperand> targets = new ArrayList<>();
        for (UpdateAction action : actions) {
            checker.requireNamesDefined(action.path());
            targets.add(action.path());
        }
        checker.requireNoOverlaps(resolveAll(targets, attributes));
        for (int i = actions.size() - 1; i >= 0; i--) {
            checker.requireNamesDefined(actions.get(i).path());
            if (actions.get(i).value() != null) {
                checker.requireNamesDefined(actions.get(i).value());
            }
        }
        for (int i = actions.size() - 1; i >= 0; i--) {
            UpdateAction action = actions.get(i);
            checker.references(action.path());
            if (action.value() != null) {
                checker.references(action.value());
            }
            if (action.clause() == UpdateAction.Clause.ADD || action.clause() == UpdateAction.Clause.DELETE) {
                checker.requireSetOperand(action);
            }
        }
    }

    private static List<DocumentPath> resolveAll(List<PathOperand> paths, ExpressionAttributes attributes) {
        List<DocumentPath> resolved = new ArrayList<>(paths.size());
        for (PathOperand path : paths) {
            resolved.add(path.resolve(attributes));
        }
        return resolved;
    }

    // ---- first pass: words, indexes, functions ----

    private void structure(Condition condition) {
        for (Condition subcondition : condition.subconditions()) {
            structure(subcondition);
        }
        for (Operand operand : condition.operands()) {
            structure(operand, condition instanceof Condition.Function);
        }
    }

    private void structure(Operand operand, boolean asCondition) {
        if (operand instanceof PathOperand path) {
            for (PathOperand.Step step : path.steps()) {
                String text = step.token().text();
                if (step.index()) {
                    if (text.length() > 10 || Long.parseLong(text) > Integer.MAX_VALUE) {
                        throw kind.invalid("List index is not within the allowable range; index: [" + text + "]");
                    }
                } else if (!step.isPlaceholder() && ReservedWords.isReserved(text)) {
                    throw kind.invalid("Attribute name is a reserved keyword; reserved keyword: " + text);
                }
            }
            return;
        }
        if (operand instanceof FunctionCall call) {
            placeFunction(call, asCondition);
        }
        for (Operand child : operand.children()) {
            structure(child, false);
        }
    }

    private void placeFunction(FunctionCall call, boolean asCondition) {
        String name = call.name();
        boolean known = CONDITION_FUNCTIONS.containsKey(name) || OPERAND_FUNCTIONS.containsKey(name)
                || UPDATE_FUNCTIONS.containsKey(name);
        if (!known) {
            throw kind.invalid("Invalid function name; function: " + name);
        }
        if (kind == ExpressionKind.UPDATE) {
            if (!UPDATE_FUNCTIONS.containsKey(name)) {
                throw kind.invalid("The function is not allowed in an update expression; function: " + name);
            }
            return;
        }
        if (UPDATE_FUNCTIONS.containsKey(name)) {
            throw kind.invalid("The function is not allowed in a condition expression; function: " + name);
        }
        if (asCondition != CONDITION_FUNCTIONS.containsKey(name)) {
            throw kind.invalid("The function is not allowed to be used this way in an expression; function: " + name);
        }
        requireArity(call);
    }

    private void requireArity(FunctionCall call) {
        int expected = arity(call.name());
        if (call.arguments().size() != expected) {
            throw kind.invalid("Incorrect number of operands for operator or function; operator or function: "
                    + call.name() + ", number of operands: " + call.arguments().size());
        }
    }

    private static int arity(String name) {
        Integer count = CONDITION_FUNCTIONS.get(name);
        if (count == null) {
            count = OPERAND_FUNCTIONS.get(name);
        }
        return count == null ? UPDATE_FUNCTIONS.get(name) : count;
    }

    // ---- second pass: placeholders, operand types and rules ----

    private void references(Condition condition) {
        for (Condition subcondition : condition.subconditions()) {
            references(subcondition);
        }
        for (Operand operand : condition.operands()) {
            references(operand);
        }
        if (condition instanceof Condition.Comparison comparison) {
            String operator = comparison.operator().text();
            requireDistinct(operator, comparison.left(), List.of(comparison.right()));
            if (!comparison.operator().is(Token.Type.EQ) && !comparison.operator().is(Token.Type.NE)) {
                requireStaticTypes(operator, SCALARS, comparison.left(), comparison.right());
            }
        } else if (condition instanceof Condition.Between between) {
            requireDistinct("BETWEEN", between.subject(), List.of(between.lower(), between.upper()));
            requireStaticTypes("BETWEEN", SCALARS, between.subject(), between.lower(), between.upper());
            requireOrderedBounds(between);
        } else if (condition instanceof Condition.In in) {
            if (in.candidates().size() > MAX_IN_OPERANDS) {
                throw kind.invalid("The IN operator is provided with too many operands; number of operands: "
                        + in.candidates().size());
            }
            requireDistinct("IN", in.subject(), in.candidates());
        }
    }

    private void references(Operand operand) {
        if (operand instanceof PathOperand path) {
            requireNamesDefined(path);
            for (PathOperand.Step step : path.steps()) {
                if (step.isPlaceholder()) {
                    attributes.useName(step.token().text());
                }
            }
            if (path.steps().size() > MAX_PATH_DEPTH) {
                throw kind.invalid("The document path has too many nesting levels; nesting levels: "
                        + path.steps().size());
            }
        } else if (operand instanceof ValueOperand value) {
            if (!attributes.definesValue(value.placeholder())) {
                throw kind.invalid("An expression attribute value used in expression is not defined; attribute value: "
                        + value.placeholder());
            }
            attributes.useValue(value.placeholder());
        } else if (operand instanceof FunctionCall call) {
            if (kind == ExpressionKind.UPDATE) {
                requireArity(call);
            }
            call.arguments().forEach(this::references);
            checkFunctionOperands(call);
        } else {
            Arithmetic arithmetic = (Arithmetic) operand;
            arithmetic.children().forEach(this::references);
            requireStaticTypes(arithmetic.operator().text(), EnumSet.of(AttributeType.N),
                    arithmetic.left(), arithmetic.right());
        }
    }

    private void checkFunctionOperands(FunctionCall call) {
        String name = call.name();
        List<Operand> arguments = call.arguments();
        if (PATH_FUNCTIONS.contains(name) && !(arguments.get(0) instanceof PathOperand)) {
            throw kind.invalid("Operator or function requires a document path; operator or function: " + name);
        }
        if (!name.equals("size") && !name.equals("list_append")) {
            requireDistinct(name, arguments.get(0), arguments.subList(1, arguments.size()));
        }
        switch (name) {
            case "size":
                requireStaticTypes(name, SIZED, arguments.get(0));
                break;
            case "begins_with":
                requireStaticTypes(name, EnumSet.of(AttributeType.S, AttributeType.B), arguments.toArray(new Operand[0]));
                break;
            case "list_append":
                requireStaticTypes(name, EnumSet.of(AttributeType.L), arguments.toArray(new Operand[0]));
                break;
            case "attribute_type":
                requireTypeName(arguments.get(1));
                break;
            default:
                break;
        }
    }

    private void requireTypeName(Operand operand) {
        if (!(operand instanceof ValueOperand value)) {
            throw operandType("attribute_type", operand instanceof FunctionCall ? "N" : ANY_TYPE);
        }
        AttributeValue typeName = attributes.value(value.placeholder());
        if (!(typeName instanceof StringValue string)) {
            throw operandType("attribute_type", typeName.type().name());
        }
        if (AttributeType.fromWireName(string.value()) == null) {
            throw kind.invalid("Invalid attribute type name found; type: " + string.value() + ", valid types: "
                    + ATTRIBUTE_TYPE_NAMES);
        }
    }

    private void requireNamesDefined(Operand operand) {
        if (operand instanceof PathOperand path) {
            for (PathOperand.Step step : path.steps()) {
                if (step.isPlaceholder() && !attributes.definesName(step.token().text())) {
                    throw kind.invalid("An expression attribute name used in the document path is not defined;"
                            + " attribute name: " + step.token().text());
                }
            }
        }
        for (Operand child : operand.children()) {
            requireNamesDefined(child);
        }
    }

    private void requireDistinct(String operator, Operand first, List<Operand> rest) {
        if (!(first instanceof PathOperand firstPath)) {
            return;
        }
        DocumentPath resolved = firstPath.resolve(attributes);
        for (Operand other : rest) {
            if (other instanceof PathOperand otherPath && otherPath.resolve(attributes).equals(resolved)) {
                throw kind.invalid("The first operand must be distinct from the remaining operands for this operator"
                        + " or function; operator: " + operator + ", first operand: " + resolved);
            }
        }
    }

    private void requireStaticTypes(String operator, Set<AttributeType> allowed, Operand... operands) {
        for (Operand operand : operands) {
            AttributeType type = staticType(operand);
            if (type != null && !allowed.contains(type)) {
                throw operandType(operator, type.name());
            }
        }
    }

    private RuntimeException operandType(String operator, String type) {
        return kind.invalid("Incorrect operand type for operator or function; operator or function: " + operator
                + ", operand type: " + type);
    }

    /** The type an operand has whatever the item: a :value's, or N for size(). Null when it depends on the item. */
    private AttributeType staticType(Operand operand) {
        if (operand instanceof ValueOperand value) {
            return attributes.value(value.placeholder()).type();
        }
        if (operand instanceof FunctionCall call && call.name().equals("size")) {
            return AttributeType.N;
        }
        return null;
    }

    private void requireOrderedBounds(Condition.Between between) {
        if (!(between.lower() instanceof ValueOperand lower) || !(between.upper() instanceof ValueOperand upper)) {
            return;
        }
        AttributeValue low = attributes.value(lower.placeholder());
        AttributeValue high = attributes.value(upper.placeholder());
        String bounds = "lower bound operand: " + describeBound(low) + ", upper bound operand: " + describeBound(high);
        if (low.type() != high.type()) {
            throw kind.invalid("The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
        }
        if (Comparisons.compareScalars(low, high) > 0) {
            throw kind.invalid("The BETWEEN operator requires upper bound to be greater than or equal to lower bound; "
                    + bounds);
        }
    }

    /** A bound as the service prints it, which shows a binary as the Java buffer that held it. */
    private static String describeBound(AttributeValue value) {
        String shown;
        if (value instanceof StringValue string) {
            shown = string.value();
        } else if (value instanceof NumberValue number) {
            shown = number.text();
        } else if (value instanceof BinaryValue binary) {
            shown = "java.nio.HeapByteBuffer[pos=0 lim=" + binary.length() + " cap=" + binary.length() + "]";
        } else {
            shown = String.valueOf(value);
        }
        return "AttributeValue: {" + value.type().name() + ":" + shown + "}";
    }

    private void requireSetOperand(UpdateAction action) {
        AttributeType type = staticType(action.value());
        boolean allowed = action.clause() == UpdateAction.Clause.ADD
                ? type == AttributeType.N || type.isSet()
                : type.isSet();
        if (!allowed) {
            throw kind.invalid("Incorrect operand type for operator or function; operator: " + action.clause()
                    + ", operand type: " + longTypeName(type) + ", typeSet: ALLOWED_FOR_" + action.clause() + "_OPERAND");
        }
    }

    private static String longTypeName(AttributeType type) {
        switch (type) {
            case S: return "STRING";
            case N: return "NUMBER";
            case B: return "BINARY";
            case BOOL: return "BOOLEAN";
            case L: return "LIST";
            case M: return "MAP";
            default: return type.name();
        }
    }

    /**
     * Two paths of one update or projection may not be the same or one inside the other ("overlap"), nor use one
     * attribute as both a map and a list ("conflict"). An overlap anywhere is reported before any conflict.
     */
    private void requireNoOverlaps(List<DocumentPath> paths) {
        String conflict = null;
        for (int later = 1; later < paths.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                DocumentPath one = paths.get(earlier);
                DocumentPath two = paths.get(later);
                String clash = clash(one, two);
                String pair = "; must remove or rewrite one of these paths; path one: " + one + ", path two: " + two;
                if ("overlap".equals(clash)) {
                    throw kind.invalid("Two document paths overlap with each other" + pair);
                }
                if ("conflict".equals(clash) && conflict == null) {
                    conflict = "Two document paths conflict with each other" + pair;
                }
            }
        }
        if (conflict != null) {
            throw kind.invalid(conflict);
        }
    }

    private static String clash(DocumentPath one, DocumentPath two) {
        int common = Math.min(one.depth(), two.depth());
        for (int i = 0; i < common; i++) {
            DocumentPath.Step a = one.steps().get(i);
            DocumentPath.Step b = two.steps().get(i);
            if (a.getClass() != b.getClass()) {
                return "conflict";
            }
            if (!a.equals(b)) {
                return null;
            }
        }
        return "overlap";
    }
}
