package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.throttle.Throttle;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules TransactWriteItems and TransactGetItems share about their list of actions. */
final class TransactItems {
    /** The most actions one transaction may hold. */
    static final int MAX_ACTIONS = 100;

    private TransactItems() {
    }

    /**
     * Reads the TransactItems list, adding its constraint violations (absent, empty, more than 100) to
     * {@code check}; the service prints the whole list in the message, as Java prints a list.
     */
    static List<JsonValue> read(JsonObject request, Constraints check) {
        JsonArray items = JsonFields.list(request, "TransactItems");
        if (items == null) {
            check.notNull("transactItems", null);
            return List.of();
        }
        if (!withinLimits(items.elements())) {
            List<String> rendered = new ArrayList<>(items.size());
            items.forEach(item -> rendered.add(String.valueOf(item)));
            check.size("transactItems", items.elements(), "[" + String.join(", ", rendered) + "]", 1, MAX_ACTIONS);
        }
        return items.elements();
    }

    /** Whether the list holds 1 to 100 actions, so its elements are worth reading. */
    static boolean withinLimits(List<JsonValue> elements) {
        return !elements.isEmpty() && elements.size() <= MAX_ACTIONS;
    }

    /** The constraint path of a member of one action: {@code transactItems.3.member.put.tableName}. */
    static String path(int position, String action, String member) {
        return "transactItems." + position + ".member." + action + "." + member;
    }

    /** Refuses a transaction in which two actions address the same item. */
    static void requireOneActionPerItem(List<? extends TransactTarget> actions) {
        Set<Target> seen = new HashSet<>();
        for (TransactTarget action : actions) {
            if (action.key() != null && !seen.add(new Target(action.table().name(), action.key()))) {
                throw ApiException.validation("Transaction request cannot include multiple operations on one item");
            }
        }
    }

    private record Target(String tableName, PrimaryKey key) {
    }

    /**
     * What can stop a valid transaction before it looks at any item: an injected conflict (on one action, so
     * the learner's retry logic has something to retry) and, when throughput is simulated, a table or global
     * index out of capacity (on every action addressing that table). Both cancel the whole transaction.
     */
    static void admit(EngineContext context, List<? extends TransactTarget> actions, Throttle.Access access) {
        if (context.faults().shouldFail(FaultKind.TRANSACTION_CONFLICT)) {
            throw CancellationReason.cancelOne(actions.size(), context.faults().choose(actions.size()),
                    CancellationReason.transactionConflict());
        }
        Map<Table, Throttle.Refusal> refusals = new HashMap<>();
        List<CancellationReason> reasons = new ArrayList<>(actions.size());
        boolean refused = false;
        for (TransactTarget action : actions) {
            Table table = action.table();
            if (!refusals.containsKey(table)) {
                refusals.put(table, context.throttle().check(table, access, null));
            }
            Throttle.Refusal refusal = refusals.get(table);
            refused |= refusal != null;
            reasons.add(refusal == null ? CancellationReason.NONE
                    : CancellationReason.throughputExceeded(refusal.message()));
        }
        if (refused) {
            throw CancellationReason.cancel(reasons);
        }
    }

    /** The distinct tables of the actions, for taking their locks. */
    static Set<Table> tables(List<? extends TransactTarget> actions) {
        Set<Table> distinct = new HashSet<>();
        actions.forEach(action -> distinct.add(action.table()));
        return distinct;
    }
}
