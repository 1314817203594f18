package io.ddbworkbench.engine.expr;

import java.util.List;

/** One clause as written (its keyword token and its actions), kept for the "used once" rule. */
record UpdateClause(Token keyword, UpdateAction.Clause clause, List<UpdateAction> actions) {

    UpdateClause {
        actions = List.copyOf(actions);
    }
}
