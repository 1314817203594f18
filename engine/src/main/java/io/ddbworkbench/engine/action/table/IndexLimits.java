package io.ddbworkbench.engine.action.table;

/** The per-table index quotas, shared by CreateTable and UpdateTable. */
final class IndexLimits {
    static final int MAX_LOCAL_INDEXES = 5;
    static final int MAX_GLOBAL_INDEXES = 20;
    /** Non-key attributes projected by INCLUDE, counted over all indexes (once per index naming them). */
    static final int MAX_PROJECTED_ATTRIBUTES = 100;

    private IndexLimits() {
    }

    static void checkProjectedAttributes(int count) {
        if (count > MAX_PROJECTED_ATTRIBUTES) {
            throw InvalidParameter.of("Number of projected attributes in all indexes exceeds limit of "
                    + MAX_PROJECTED_ATTRIBUTES);
        }
    }
}
