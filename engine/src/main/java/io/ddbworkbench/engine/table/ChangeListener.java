package io.ddbworkbench.engine.table;

import java.util.List;

/**
 * Told about every committed group of changes, in commit order, while the writer still holds the tables'
 * locks: a transaction's changes arrive together, a batch write's one by one.
 */
@FunctionalInterface
public interface ChangeListener {
    void committed(List<ItemChange> changes);

    /**
     * How the writer tells every commit: with its note (see {@link ItemWriter#commit(List,
     * java.util.function.Supplier)}; null for none), in which case the changes may be empty. Listeners that
     * have no use for notes see only the changes.
     */
    default void committed(List<ItemChange> changes, CommitNote note) {
        committed(changes);
    }

    /**
     * Called on the committing thread once the tables' locks are released, before the write returns to its
     * caller. Work that may take time but must finish before the write is answered (the durable log waiting
     * for the disk) belongs here, so other writers of the same tables need not wait for it too.
     */
    default void released() {
    }
}
