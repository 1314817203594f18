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
    /** Serialises definition changes with their reports, so listeners see them in the order they were made. */
    private final Object definitionChanges = new Object();
    private volatile DefinitionListener definitionListener = definition -> { };
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
        synchronized (definitionChanges) {
            if (!definition.compareAndSet(expected, replacement)) {
                return false;
            }
            definitionListener.defined(replacement);
            return true;
        }
    }

    /** Applies a change to the definition, after any change already under way. */
    public TableDefinition updateDefinition(java.util.function.UnaryOperator<TableDefinition> change) {
        synchronized (definitionChanges) {
            TableDefinition changed = change.apply(definition.get());
            definition.set(changed);
            definitionListener.defined(changed);
            return changed;
        }
    }

    /**
     * Makes the table known: runs {@code publish} (which registers it, or throws), then reports the definition
     * to {@code listener}, as will every later change. Writers and definition changes wait meanwhile, so no
     * change to the table can be reported before the table itself.
     */
    void publish(Runnable publish, DefinitionListener listener) {
        writeLock.lock();
        try {
            synchronized (definitionChanges) {
                publish.run();
                definitionListener = listener;
                listener.defined(definition.get());
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Recovery: takes a definition read back from disk without reporting it (it was reported when it was made)
     * and brings the live indexes in line with it, building any index it adds from the current items.
     */
    void restore(TableDefinition restored, DefinitionListener listener) {
        writeLock.lock();
        try {
            synchronized (definitionChanges) {
                definition.set(restored);
                definitionListener = listener;
            }
            for (SecondaryIndex live : indexes.values()) {
                IndexDefinition wanted = restored.index(live.name());
                if (wanted == null || !sameShape(wanted, live.definition())) {
                    removeIndex(live.name());
                }
            }
            List<IndexDefinition> all = new ArrayList<>(restored.localIndexes());
            all.addAll(restored.globalIndexes());
            for (IndexDefinition index : all) {
                if (!indexes.containsKey(index.name())) {
                    addIndex(index);
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Whether two definitions of an index hold the same entries (status and throughput do not matter). */
    private static boolean sameShape(IndexDefinition one, IndexDefinition other) {
        return one.keySchema().equals(other.keySchema()) && one.projection().equals(other.projection());
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
