package io.ddbworkbench.engine.storage;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.OrderedKey;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default store: a concurrent skip list, so reads never block on the table's writer. Items are held in
 * their compact byte form ({@link ItemCodec}) and decoded when read, which keeps a large table's heap near its
 * DynamoDB size instead of two to three times it.
 */
public final class InMemoryItemStore implements ItemStore {
    private final ConcurrentSkipListMap<OrderedKey, byte[]> items = new ConcurrentSkipListMap<>();
    private final AtomicLong sizeBytes = new AtomicLong();
    /** Kept apart because the skip list's own size() walks every entry. */
    private final AtomicLong itemCount = new AtomicLong();

    @Override
    public Item get(OrderedKey key) {
        byte[] bytes = items.get(key);
        return bytes == null ? null : ItemCodec.decode(bytes);
    }

    @Override
    public void put(OrderedKey key, Item item) {
        byte[] previous = items.put(key, ItemCodec.encode(item));
        sizeBytes.addAndGet(item.size() - (previous == null ? 0 : ItemCodec.size(previous)));
        if (previous == null) {
            itemCount.incrementAndGet();
        }
    }

    @Override
    public void remove(OrderedKey key) {
        byte[] previous = items.remove(key);
        if (previous != null) {
            sizeBytes.addAndGet(-ItemCodec.size(previous));
            itemCount.decrementAndGet();
        }
    }

    @Override
    public Iterator<Map.Entry<OrderedKey, Item>> range(OrderedKey from, boolean fromInclusive,
                                                       OrderedKey to, boolean toInclusive, boolean descending) {
        NavigableMap<OrderedKey, byte[]> view = items;
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
        Iterator<Map.Entry<OrderedKey, byte[]>> entries = (descending ? view.descendingMap() : view).entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Map.Entry<OrderedKey, Item> next() {
                Map.Entry<OrderedKey, byte[]> entry = entries.next();
                return new AbstractMap.SimpleImmutableEntry<>(entry.getKey(), ItemCodec.decode(entry.getValue()));
            }
        };
    }

    @Override
    public List<byte[]> encodedItems() {
        return new ArrayList<>(items.values());
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
