package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.storage.InMemoryItemStore;
import io.ddbworkbench.engine.storage.ItemStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A live table: its current definition, its items and its secondary indexes. Writes go through
 * {@link ItemWriter}, which holds this table's lock, so a write and its index maintenance are one step for
 * every other writer; reads are lock-free.
 */
public final class Table {
    private final AtomicReference<TableDefinition> definition;
    private final ItemStore items;
    private volatile Map<String, SecondaryIndex> indexes;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Supplier<ItemStore> storeFactory;
    /** Null for a table without local secondary indexes, which has no item collection limit. */
    private final ItemCollectionSizes collections;

    public Table(TableDefinition definition, Supplier<ItemStore> storeFactory) {
        this.definition = new AtomicReference<>(definition);
        this.storeFactory = storeFactory;
        this.items = storeFactory.get();
        Map<String, SecondaryIndex> built = new LinkedHashMap<>();

        for (IndexDefinition index : definition.localIndexes()) {
            built.put(index.name(), new SecondaryIndex(index, definition.keySchema(), storeFactory.get()));
        }
        for (IndexDefinition index : definition.globalIndexes()) {
            built.put(index.name(), new SecondaryIndex(index, definition.keySchema(), storeFactory.get()));
        }
        this.indexes = Collections.unmodifiableMap(built);
        List<SecondaryIndex> locals = new ArrayList<>();
        built.values().stream().filter(index -> !index.definition().global()).forEach(locals::add);
        this.collections = locals.isEmpty() ? null : new ItemCollectionSizes(List.copyOf(locals));
    }

    public Table(TableDefinition definition) {
        this(definition, InMemoryItemStore::new);
    }

    public String name() {
        return definition.get().name();
    }

    public TableDefinition definition() {
        return definition.get();
    }

    /**
     * Replaces the definition (UpdateTable, TTL, tags, status changes) if it is still {@code expected}, so two
     * concurrent changes cannot silently overwrite each other; indexes are managed separately.
     */
    public boolean replaceDefinition(TableDefinition expected, TableDefinition replacement) {
        return definition.compareAndSet(expected, replacement);
    }

    /** Applies a change to the definition, retrying if another change lands first. */
    public TableDefinition updateDefinition(java.util.function.UnaryOperator<TableDefinition> change) {
        return definition.updateAndGet(change);
    }

    public KeySchema keySchema() {
        return definition.get().keySchema();
    }

    public ItemStore items() {
        return items;
    }

    public SecondaryIndex index(String name) {
        return indexes.get(name);
    }

    public Map<String, SecondaryIndex> indexes() {
        return indexes;
    }

    public Item get(PrimaryKey key) {
        return items.get(key.toOrderedKey());
    }

    /** True when the table has local secondary indexes, which make each partition a size-limited item collection. */
    public boolean hasItemCollections() {
        return collections != null;
    }

    /** The bytes the item collection of this partition holds (0 for a table without item collections). */
    public long itemCollectionSize(AttributeValue partition) {
        return collections == null ? 0 : collections.sizeOf(partition);
    }

    /** How much the collection would grow (negative: shrink) if the item at {@code key} changed as given. */
    public long itemCollectionGrowth(PrimaryKey key, Item oldItem, Item newItem) {
        return collections == null ? 0 : collections.bytesOf(key, newItem) - collections.bytesOf(key, oldItem);
    }

    public ReentrantLock writeLock() {
        return writeLock;
    }

    /**
     * Adds an index and fills it from the current items (the backfill of a GSI created by UpdateTable).
     * Runs under the write lock so no write slips between the copy and the switch-over.
     */
    public void addIndex(IndexDefinition index) {
        writeLock.lock();
        try {
            SecondaryIndex created = new SecondaryIndex(index, keySchema(), storeFactory.get());
            var iterator = items.range(null, true, null, true, false);
            while (iterator.hasNext()) {
                Item item = iterator.next().getValue();
                created.apply(keySchema().keyOfOrNull(item), null, item);
            }
            Map<String, SecondaryIndex> changed = new LinkedHashMap<>(indexes);
            changed.put(index.name(), created);
            indexes = Collections.unmodifiableMap(changed);
        } finally {
            writeLock.unlock();
        }
    }

    public void removeIndex(String name) {
        writeLock.lock();
        try {
            Map<String, SecondaryIndex> changed = new LinkedHashMap<>(indexes);
            changed.remove(name);
            indexes = Collections.unmodifiableMap(changed);
        } finally {
            writeLock.unlock();
        }
    }

    /** Stores or deletes (newItem null) one item and maintains every index. Caller holds the write lock. */
    ItemChange write(PrimaryKey key, Item oldItem, Item newItem) {
        OrderedKey position = key.toOrderedKey();
        if (newItem == null) {
            items.remove(position);
        } else {
            items.put(position, newItem);
        }
        for (SecondaryIndex index : indexes.values()) {
            index.apply(key, oldItem, newItem);
        }
        if (collections != null) {
            collections.apply(key, oldItem, newItem);
        }
        return new ItemChange(this, key, oldItem, newItem);
    }

    /** All items, in storage order; for tests and tools, not for request paths. */
    public List<Item> snapshot() {
        List<Item> all = new ArrayList<>();
        items.range(null, true, null, true, false).forEachRemaining(entry -> all.add(entry.getValue()));
        return all;
    }
}
