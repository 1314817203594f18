package io.ddbworkbench.engine.table;

/**
 * A fact that belongs to a commit without being an item: a transaction's completed ClientRequestToken, say.
 * It reaches the listeners together with the commit's changes, so the durable log can write both in one
 * record and a crash keeps both or neither.
 */
public interface CommitNote {
}
