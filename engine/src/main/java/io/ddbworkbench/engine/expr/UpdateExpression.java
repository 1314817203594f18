package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.ListValue;
import io.ddbworkbench.engine.model.NumberValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked UpdateExpression, bound to its request's placeholders, that computes an item's next state.
 *
 * <p>Every SET value is computed from the item as it was before the update, as the service does. List
 * elements removed by index are removed together after the other actions, so each index means the element's
 * original position; elements set past the end of a list are appended, in index order.
 */
public final class UpdateExpression {
    private static final int UPDATE_COST_BYTES = 3;
    private static final int WRITE_ACTION_COST_BYTES = 19;
    private static final int REMOVE_ACTION_COST_BYTES = 2;

    private final List<UpdateAction> actions;
    private final List<DocumentPath> targets;
    private final ExpressionAttributes attributes;

    private UpdateExpression(List<UpdateAction> actions, ExpressionAttributes attributes) {
        this.actions = List.copyOf(actions);
        this.attributes = attributes;
        List<DocumentPath> resolved = new ArrayList<>(actions.size());
        for (UpdateAction action : actions) {
            resolved.add(action.path().resolve(attributes));
        }
        this.targets = List.copyOf(resolved);
    }

    /** Parses and checks an update expression with the service's messages, marking the placeholders it uses. */
    public static UpdateExpression parse(String text, ExpressionAttributes attributes) {
        List<UpdateClause> clauses = ExpressionParser.parseUpdate(text);
        ExpressionChecker.checkUpdate(clauses, attributes);
        List<UpdateAction> actions = new ArrayList<>();
        for (UpdateClause clause : clauses) {
            actions.addAll(clause.actions());
        }
        return new UpdateExpression(actions, attributes);
    }

    public List<UpdateAction> actions() {
        return actions;
    }

    /** The path each action changes, in written order. */
    public List<DocumentPath> targets() {
        return targets;
    }

    /** Every path the expression names: the targets, then the paths its SET values read. */
    public List<DocumentPath> paths() {
        List<DocumentPath> paths = new ArrayList<>(targets);
        for (UpdateAction action : actions) {
            if (action.value() != null) {
                collectPaths(action.value(), paths);
            }
        }
        return paths;
    }

    private void collectPaths(Operand operand, List<DocumentPath> paths) {
        if (operand instanceof PathOperand path) {
            paths.add(path.resolve(attributes));
        }
        operand.children().forEach(child -> collectPaths(child, paths));
    }

    /**
     * The type each top-level attribute is given by a SET or ADD whose result type is known before the item is
     * read (a :value, arithmetic, list_append, if_not_exists with a :value fallback). The service checks these
     * against secondary index key types up front.
     */
    public Map<String, AttributeType> knownResultTypes() {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            UpdateAction action = actions.get(i);
            DocumentPath target = targets.get(i);
            if (target.isNested() || action.value() == null || action.clause() == UpdateAction.Clause.DELETE) {
                continue;
            }
            AttributeType type = resultType(action.value());
            if (type != null) {
                types.put(target.attributeName(), type);
            }
        }
        return types;
    }

    /**
     * The value each top-level attribute is SET to straight from a :placeholder ({@code SET a = :v}), known
     * before the item is read, so index key values can be checked up front.
     */
    public Map<String, AttributeValue> knownValues() {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            UpdateAction action = actions.get(i);
            if (action.clause() == UpdateAction.Clause.SET && !targets.get(i).isNested()
                    && action.value() instanceof ValueOperand value) {
                values.put(targets.get(i).attributeName(), attributes.value(value.placeholder()));
            }
        }
        return values;
    }

    private AttributeType resultType(Operand operand) {
        if (operand instanceof ValueOperand value) {
            return attributes.value(value.placeholder()).type();
        }
        if (operand instanceof Arithmetic) {
            return AttributeType.N;
        }
        if (operand instanceof FunctionCall call) {
            return call.name().equals("list_append") ? AttributeType.L : resultType(call.arguments().get(1));
        }
        return null;
    }

    /**
     * The size the service charges an update against the item size limit besides the finished item's: the
     * attributes the statement writes plus a fixed cost per action. It is why an update can be refused where a
     * put of the same finished item is not.
     */
    public int statementSize(Item updated) {
        int size = UPDATE_COST_BYTES;
        List<String> written = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            UpdateAction.Clause clause = actions.get(i).clause();
            DocumentPath target = targets.get(i);
            if (clause == UpdateAction.Clause.SET || clause == UpdateAction.Clause.ADD) {
                size += WRITE_ACTION_COST_BYTES + (target.last() instanceof DocumentPath.Index ? 1 : 0);
                if (!written.contains(target.attributeName())) {
                    written.add(target.attributeName());
                }
            } else {
                size += REMOVE_ACTION_COST_BYTES;
            }
        }
        Item writtenPart = Projections.select(updated, written.stream().map(DocumentPath::attribute).toList());
        return size + writtenPart.size();
    }

    /**
     * The item after the update. {@code base} is the current item, or the key attributes alone when the item
     * does not exist yet.
     */
    public Item apply(Item base) {
        List<AttributeValue> setValues = new ArrayList<>(actions.size());
        for (UpdateAction action : actions) {
            setValues.add(action.clause() == UpdateAction.Clause.SET ? evaluate(action.value(), base) : null);
        }
        Map<String, AttributeValue> working = base.toMutableMap();
        List<Deferred> removals = new ArrayList<>();
        List<Deferred> appends = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            UpdateAction action = actions.get(i);
            DocumentPath target = targets.get(i);
            AttributeValue container = requireContainer(working, target);
            AttributeValue next;
            switch (action.clause()) {
                case SET:
                    next = setValues.get(i);
                    break;
                case REMOVE:
                    next = null;
                    break;
                case ADD:
                    next = add(target.read(working), constant(action));
                    break;
                default:
                    AttributeValue existing = target.read(working);
                    if (existing == null) {
                        continue;
                    }
                    AttributeValue removed = constant(action);
                    if (!SetValues.sameSetType(existing, removed)) {
                        throw incorrectOperandType();
                    }
                    next = SetValues.difference(existing, removed);
                    break;
            }
            if (target.last() instanceof DocumentPath.Index index && container instanceof ListValue list) {
                boolean inList = index.index() < list.values().size();
                if (next == null && inList) {
                    removals.add(new Deferred(target, index.index(), null));
                } else if (next != null && !inList) {
                    appends.add(new Deferred(target, index.index(), next));
                } else if (next != null) {
                    Documents.replace(working, target, next);
                }
            } else {
                Documents.replace(working, target, next);
            }
        }
        removals.sort(Comparator.comparingInt((Deferred d) -> d.path().depth()).thenComparingInt(Deferred::index)
                .reversed());
        for (Deferred removal : removals) {
            Documents.replace(working, removal.path(), null);
        }
        appends.sort(Comparator.comparingInt(Deferred::index));
        for (Deferred append : appends) {
            Documents.replace(working, append.path(), append.value());
        }
        return Item.wrap(working);
    }

    /** A list-element change held back until the other actions are done. */
    private record Deferred(DocumentPath path, int index, AttributeValue value) {
    }

    private AttributeValue constant(UpdateAction action) {
        return attributes.value(((ValueOperand) action.value()).placeholder());
    }

    /** The map or list the target sits in (null for a top-level attribute), which must exist and fit the step. */
    private static AttributeValue requireContainer(Map<String, AttributeValue> working, DocumentPath target) {
        if (!target.isNested()) {
            return null;
        }
        AttributeValue container = target.parent().read(working);
        if (container == null || !Documents.canHold(container, target.last())) {
            throw ApiException.validation("The document path provided in the update expression is invalid for update");
        }
        return container;
    }

    private AttributeValue evaluate(Operand operand, Item item) {
        if (operand instanceof ValueOperand value) {
            return attributes.value(value.placeholder());
        }
        if (operand instanceof PathOperand path) {
            AttributeValue found = path.resolve(attributes).read(item);
            if (found == null) {
                throw ApiException.validation(
                        "The provided expression refers to an attribute that does not exist in the item");
            }
            return found;
        }
        if (operand instanceof Arithmetic arithmetic) {
            NumberValue left = number(evaluate(arithmetic.left(), item));
            NumberValue right = number(evaluate(arithmetic.right(), item));
            return arithmetic.isAddition() ? left.add(right) : left.subtract(right);
        }
        FunctionCall call = (FunctionCall) operand;
        if (call.name().equals("if_not_exists")) {
            AttributeValue existing = ((PathOperand) call.arguments().get(0)).resolve(attributes).read(item);
            return existing != null ? existing : evaluate(call.arguments().get(1), item);
        }
        ListValue head = list(evaluate(call.arguments().get(0), item));
        ListValue tail = list(evaluate(call.arguments().get(1), item));
        List<AttributeValue> joined = new ArrayList<>(head.values());
        joined.addAll(tail.values());
        return new ListValue(joined);
    }

    private static NumberValue number(AttributeValue value) {
        if (value instanceof NumberValue number) {
            return number;
        }
        throw incorrectOperandType();
    }

    private static ListValue list(AttributeValue value) {
        if (value instanceof ListValue list) {
            return list;
        }
        throw incorrectOperandType();
    }

    private static AttributeValue add(AttributeValue existing, AttributeValue addend) {
        if (existing == null) {
            return addend;
        }
        if (existing instanceof NumberValue number && addend instanceof NumberValue other) {
            return number.add(other);
        }
        if (!SetValues.sameSetType(existing, addend)) {
            throw incorrectOperandType();
        }
        return SetValues.union(existing, addend);
    }

    private static ApiException incorrectOperandType() {
        return ApiException.validation("An operand in the update expression has an incorrect data type");
    }
}
