package io.ddbworkbench.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable item: attribute names to values. Its size is the sum of each name's UTF-8 length and its
 * value's size, the figure the service checks against the 400 KB limit and bills capacity by.
 */
public final class Item {
    /** The item size limit: an item of exactly this many bytes is accepted, one more is refused. */
    public static final int MAX_SIZE_BYTES = 400 * 1024;

    public static final Item EMPTY = new Item(Map.of());

    private final Map<String, AttributeValue> attributes;
    private int size = -1;

    private Item(Map<String, AttributeValue> attributes) {
        this.attributes = attributes;
    }

    private Item(Map<String, AttributeValue> attributes, int size) {
        this.attributes = attributes;
        this.size = size;
    }

    public static Item of(Map<String, AttributeValue> attributes) {
        return new Item(Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
    }

    /** Wraps a map the caller promises never to change again, skipping the defensive copy. */
    public static Item wrap(Map<String, AttributeValue> attributes) {
        return new Item(Collections.unmodifiableMap(attributes));
    }

    /**
     * Wraps a map the caller promises never to change again, whose size is already known (a store that recorded
     * it when the item was written), so it is not computed again.
     */
    public static Item wrap(Map<String, AttributeValue> attributes, int size) {
        return new Item(Collections.unmodifiableMap(attributes), size);
    }

    public AttributeValue get(String name) {
        return attributes.get(name);
    }

    public boolean has(String name) {
        return attributes.containsKey(name);
    }

    public Map<String, AttributeValue> attributes() {
        return attributes;
    }

    public boolean isEmpty() {
        return attributes.isEmpty();
    }

    /** A mutable copy, for building a changed item. */
    public LinkedHashMap<String, AttributeValue> toMutableMap() {
        return new LinkedHashMap<>(attributes);
    }

    public int size() {
        int cached = size;
        if (cached < 0) {
            cached = 0;
            for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
                cached += Utf8.length(entry.getKey()) + entry.getValue().size();
            }
            size = cached;
        }
        return cached;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Item item && attributes.equals(item.attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }

    @Override
    public String toString() {
        return attributes.toString();
    }
}
