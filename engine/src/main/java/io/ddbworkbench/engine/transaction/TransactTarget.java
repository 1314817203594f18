package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;

/** The item one action of a transaction addresses. */
interface TransactTarget {
    Table table();

    /** The item's key, or null when the request's key does not fit the table (the action then cancels). */
    PrimaryKey key();
}
