package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.model.Item;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one path by which items change. It takes table locks in a fixed (name) order, so single-item writes,
 * batches and transactions serialise without deadlock, and it hands every commit to the listeners (streams,
 * the durable log) before the locks are released, so they see changes in commit order; once the locks are
 * released it lets them finish (the log waiting for the disk) before the write returns.
 */
public final class ItemWriter {
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final long itemCollectionLimitBytes;

    /** @param itemCollectionLimitBytes the most an item collection may hold (the service's is 10 GB) */
    public ItemWriter(long itemCollectionLimitBytes) {
        this.itemCollectionLimitBytes = itemCollectionLimitBytes;
    }

    public void addListener(ChangeListener listener) {
        listeners.add(listener);
    }

    /**
     * Reads the item, lets {@code decide} compute its next state (null deletes; returning the same instance
     * leaves it untouched; throwing, for example a failed condition, aborts), then commits. The whole step is
     * atomic with respect to other writers of the table.
     *
     * @return the change; old and new are the same instance when nothing was written
     */
    public ItemChange mutate(Table table, PrimaryKey key, UnaryOperator<Item> decide) {
        return apply(table, key, decide, false);
    }

    /**
     * The TTL process's delete: removes the item if {@code expired} still holds for it once the table's lock
     * is held (a write may have just pushed its expiry back), and marks the change as the service's own.
     *
     * @return whether the item was deleted
     */
    public boolean deleteExpired(Table table, PrimaryKey key, Predicate<Item> expired) {
        ItemChange change = apply(table, key, current -> current != null && expired.test(current) ? null : current,
                true);
        return change.isRemove();
    }

    private ItemChange apply(Table table, PrimaryKey key, UnaryOperator<Item> decide, boolean byTimeToLive) {
        ItemChange change;
        table.writeLock().lock();
        try {
            Item current = table.get(key);
            Item next = decide.apply(current);
            if (next == current) {
                return new ItemChange(table, key, current, current);
            }
            requireItemCollectionRoom(table, key, current, next);
            change = table.write(key, current, next);
            if (byTimeToLive) {
                change = change.asTimeToLiveDeletion();
            }
            publish(List.of(change), null);
        } finally {
            table.writeLock().unlock();
        }
        released();
        return change;
    }

    /**
     * Refuses a change that would grow an item collection (a partition of a table with local secondary indexes)
     * beyond the limit; shrinking an oversized collection is always allowed. Multi-item writers call this for
     * each planned change before {@link #commit}, holding the table's lock.
     */
    public void requireItemCollectionRoom(Table table, PrimaryKey key, Item current, Item next) {
        long growth = table.itemCollectionGrowth(key, current, next);
        if (growth > 0 && table.itemCollectionSize(key.partition()) + growth > itemCollectionLimitBytes) {
            throw new ApiException(ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, "Collection size exceeded");
        }
    }

    /**
     * Runs {@code body} holding the write locks of all the tables, taken in name order; once they are released,
     * the listeners finish what {@link #commit} started (see {@link ChangeListener#released}).
     */
    public <T> T withLocks(Collection<Table> tables, Supplier<T> body) {
        TreeMap<String, Table> ordered = new TreeMap<>(Comparator.naturalOrder());
        for (Table table : tables) {
            ordered.put(table.name(), table);
        }
        List<Table> locked = new ArrayList<>(ordered.size());
        T result;
        try {
            for (Table table : ordered.values()) {
                table.writeLock().lock();
                locked.add(table);
            }
            result = body.get();
        } finally {
            for (int i = locked.size() - 1; i >= 0; i--) {
                locked.get(i).writeLock().unlock();
            }
        }
        released();
        return result;
    }

    /**
     * Applies planned changes as one commit (a transaction). The caller holds every table's lock via
     * {@link #withLocks} and has already checked every condition, so nothing here can fail halfway. The note
     * for the listeners is made once, after the items are written (so it may describe the tables as the commit
     * leaves them), and told even when no item changed: it must outlive a restart as surely as the changes do.
     *
     * @param note null for none; a supplier that gives null adds none
     */
    public List<ItemChange> commit(List<PlannedWrite> writes, Supplier<? extends CommitNote> note) {
        List<ItemChange> changes = new ArrayList<>(writes.size());
        for (PlannedWrite write : writes) {
            if (!write.table().writeLock().isHeldByCurrentThread()) {
                throw new IllegalStateException("commit without holding the lock of " + write.table().name());
            }
            if (write.newItem() != write.before()) {
                changes.add(write.table().write(write.key(), write.before(), write.newItem()));
            }
        }
        CommitNote made = note == null ? null : note.get();
        if (made != null || !changes.isEmpty()) {
            publish(changes, made);
        }
        return changes;
    }

    /**
     * Recovery: puts an item back in the state the durable log recorded (null deletes), maintaining indexes
     * but telling no listener: they saw the change when it was first committed.
     */
    public void restore(Table table, PrimaryKey key, Item item) {
        table.writeLock().lock();
        try {
            Item current = table.get(key);
            if (current != item) {
                table.write(key, current, item);
            }
        } finally {
            table.writeLock().unlock();
        }
    }

    private void released() {
        for (ChangeListener listener : listeners) {
            listener.released();
        }
    }

    private void publish(List<ItemChange> changes, CommitNote note) {
        for (ChangeListener listener : listeners) {
            listener.committed(changes, note);
        }
    }

    /**
     * One item's intended next state within a multi-item commit (null deletes), with the item it replaces as the
     * planner read it holding the table's lock, so the commit need not read and decode it a second time.
     */
    public record PlannedWrite(Table table, PrimaryKey key, Item before, Item newItem) {
    }
}
