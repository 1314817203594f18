package io.ddbworkbench.engine.expr;

import java.util.List;

/** One clause as written with its actions, kept apart for the "each clause once" rule. */
record UpdateClause(UpdateAction.Clause clause, List<UpdateAction> actions) {

    UpdateClause {
        actions = List.copyOf(actions);
    }
}
