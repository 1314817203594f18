package io.ddbworkbench.engine.table;

import java.util.List;

/**
 * Told about every committed group of changes, in commit order, while the writer still holds the tables'
 * locks: a transaction's changes arrive together, a batch write's one by one.
 */
@FunctionalInterface
public interface ChangeListener {
    void committed(List<ItemChange> changes);
}
