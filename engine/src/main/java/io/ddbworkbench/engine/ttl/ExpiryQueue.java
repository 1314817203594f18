package io.ddbworkbench.engine.ttl;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.OrderedKey;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * One table's items that hold a Number in the TTL attribute, ordered by that expiry time, so a TTL pass visits
 * only the items that are due instead of reading the whole table every few seconds. Built from the table's
 * items once, under its write lock, then kept current by every commit to the table.
 */
final class ExpiryQueue {
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::expiresAt)
            .thenComparing(Entry::position, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final String attribute;
    private final KeySchema keySchema;
    private final ConcurrentSkipListSet<Entry> entries = new ConcurrentSkipListSet<>(ORDER);

    private ExpiryQueue(String attribute, KeySchema keySchema) {
        this.attribute = attribute;
        this.keySchema = keySchema;
    }

    /** A queue of the table's items by {@code attribute}; the caller holds the table's write lock. */
    static ExpiryQueue build(Table table, String attribute) {
        ExpiryQueue queue = new ExpiryQueue(attribute, table.keySchema());
        table.items().range(null, true, null, true, false)
                .forEachRemaining(entry -> queue.add(entry.getValue()));
        return queue;
    }

    String attribute() {
        return attribute;
    }

    /** Follows one committed change (under the table's lock). */
    void changed(ItemChange change) {
        if (change.oldItem() != null) {
            Entry old = entryOf(change.oldItem());
            if (old != null) {
                entries.remove(old);
            }
        }
        if (change.newItem() != null) {
            add(change.newItem());
        }
    }

    /** The keys of the items the TTL process would delete at {@code now}, earliest expiry first. */
    List<PrimaryKey> due(Instant now) {
        Entry from = new Entry(Expiry.epochSeconds(now.minus(Expiry.IGNORED_BEYOND)), null, null);
        Entry to = new Entry(Expiry.epochSeconds(now), null, null);
        List<PrimaryKey> due = new ArrayList<>();
        for (Entry entry : entries.subSet(from, true, to, false)) {
            due.add(entry.key());
        }
        return due;
    }

    private void add(Item item) {
        Entry entry = entryOf(item);
        if (entry != null) {
            entries.add(entry);
        }
    }

    private Entry entryOf(Item item) {
        AttributeValue value = item.get(attribute);
        if (!(value instanceof NumberValue number)) {
            return null;
        }
        PrimaryKey key = keySchema.keyOfOrNull(item);
        return new Entry(number.decimal(), key.toOrderedKey(), key);
    }

    /** An item's expiry time and key; a null position bounds a range, sorting before every key. */
    private record Entry(BigDecimal expiresAt, OrderedKey position, PrimaryKey key) {
    }
}
