package io.ddbworkbench.toolkit.capacity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Write amplification by a global secondary index: what a table write costs again in the index (Developer
 * Guide, "Provisioned throughput considerations for Global Secondary Indexes"). An item appears in an index
 * only when it has the index's key attributes, so:
 * <ul>
 *   <li>absent before and after: nothing;</li>
 *   <li>stays with the same index key and the same projected values: nothing;</li>
 *   <li>appears, disappears, or stays with the same index key but new projected values: one index write;</li>
 *   <li>stays but its index key changes: two (delete the old entry, put the new one).</li>
 * </ul>
 * Each index write is charged for the size of the index entry (table keys, index keys and projected
 * attributes), in 1 KB blocks.
 */
public final class IndexWrites {
    private final Set<String> indexKeyAttributes;
    private final Set<String> entryAttributes;

    /**
     * @param indexKeyAttributes the index's partition key and optional sort key
     * @param entryAttributes    everything an index entry holds: table keys, index keys, projected
     *                           attributes; {@code null} for a projection of ALL
     */
    public IndexWrites(Set<String> indexKeyAttributes, Set<String> entryAttributes) {
        this.indexKeyAttributes = Set.copyOf(indexKeyAttributes);
        this.entryAttributes = entryAttributes == null ? null : Set.copyOf(entryAttributes);
    }

    /**
     * Units the index consumes for one table write.
     *
     * @param before the item before the write, or an empty map when it did not exist
     * @param after  the item after the write, or an empty map when the write deleted it
     */
    public double unitsFor(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        boolean wasIndexed = isIndexed(before);
        boolean isIndexed = isIndexed(after);
        if (!wasIndexed && !isIndexed) {
            return 0;
        }
        if (wasIndexed && isIndexed) {
            if (indexKey(before).equals(indexKey(after))) {
                return entry(before).equals(entry(after)) ? 0
                        : entryUnits(Math.max(entryBytes(before), entryBytes(after)));
            }
            return entryUnits(entryBytes(before)) + entryUnits(entryBytes(after));
        }
        return entryUnits(entryBytes(wasIndexed ? before : after));
    }

    private boolean isIndexed(Map<String, AttributeValue> item) {
        return item.keySet().containsAll(indexKeyAttributes);
    }

    private Map<String, AttributeValue> indexKey(Map<String, AttributeValue> item) {
        return project(item, indexKeyAttributes);
    }

    private Map<String, AttributeValue> entry(Map<String, AttributeValue> item) {
        return entryAttributes == null ? item : project(item, entryAttributes);
    }

    private long entryBytes(Map<String, AttributeValue> item) {
        return ItemSize.of(entry(item));
    }

    private static Map<String, AttributeValue> project(Map<String, AttributeValue> item, Set<String> names) {
        Map<String, AttributeValue> projected = new HashMap<>();
        for (String name : names) {
            AttributeValue value = item.get(name);
            if (value != null) {
                projected.put(name, value);
            }
        }
        return projected;
    }

    private static double entryUnits(long bytes) {
        return CapacityUnits.write(0, bytes, false);
    }
}
