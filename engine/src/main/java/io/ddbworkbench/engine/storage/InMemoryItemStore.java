package io.ddbworkbench.engine.storage;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.OrderedKey;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** The default store: a concurrent skip list, so reads never block on the table's writer. */
public final class InMemoryItemStore implements ItemStore {
    private final ConcurrentSkipListMap<OrderedKey, Item> items = new ConcurrentSkipListMap<>();
    private final AtomicLong sizeBytes = new AtomicLong();
    /** Kept apart because the skip list's own size() walks every entry. */
    private final AtomicLong itemCount = new AtomicLong();

    @Override
    public Item get(OrderedKey key) {
        return items.get(key);
    }

    @Override
    public Item put(OrderedKey key, Item item) {
        Item previous = items.put(key, item);
        sizeBytes.addAndGet(item.size() - (previous == null ? 0 : previous.size()));
        if (previous == null) {
            itemCount.incrementAndGet();
        }
        return previous;
    }

    @Override
    public Item remove(OrderedKey key) {
        Item previous = items.remove(key);
        if (previous != null) {
            sizeBytes.addAndGet(-previous.size());
            itemCount.decrementAndGet();
        }
        return previous;
    }

    @Override
    public Iterator<Map.Entry<OrderedKey, Item>> range(OrderedKey from, boolean fromInclusive,
                                                       OrderedKey to, boolean toInclusive, boolean descending) {
        NavigableMap<OrderedKey, Item> view = items;
        if (from != null && to != null) {
            if (from.compareTo(to) > 0) {
                return Collections.emptyIterator();
            }
            view = items.subMap(from, fromInclusive, to, toInclusive);
        } else if (from != null) {
            view = items.tailMap(from, fromInclusive);
        } else if (to != null) {
            view = items.headMap(to, toInclusive);
        }
        return (descending ? view.descendingMap() : view).entrySet().iterator();
    }

    @Override
    public long itemCount() {
        return itemCount.get();
    }

    @Override
    public long sizeBytes() {
        return sizeBytes.get();
    }

    @Override
    public void clear() {
        items.clear();
        sizeBytes.set(0);
        itemCount.set(0);
    }
}
