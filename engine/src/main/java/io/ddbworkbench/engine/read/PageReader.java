package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.capacity.RangeReadCapacity;
import io.ddbworkbench.engine.capacity.ReturnConsumedCapacity;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.expr.Projections;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.OrderedKey;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads one page of a Query or Scan, in the service's order of work: walk entries until the Limit or 1 MB of
 * data, then filter, then project. Count is what passed the filter, ScannedCount what was walked, and the
 * capacity is billed on what was walked, so a filter never makes a read cheaper.
 */
final class PageReader {
    /** A page holds at most this much walked data (a single larger item still makes a page on its own). */
    static final long PAGE_BYTES = 1024 * 1024;

    private final ReadTarget target;
    private final Integer limit;
    private final Predicate<Item> filter;
    private final List<DocumentPath> paths;
    private final boolean countOnly;
    private final boolean fetch;
    private final RangeReadCapacity capacity;

    /**
     * @param paths the projection, or null to return whole items (or whole index entries)
     * @param fetch true when each entry must be completed from the table before filtering and projecting
     */
    PageReader(ReadTarget target, Integer limit, Predicate<Item> filter, List<DocumentPath> paths, boolean countOnly,
               boolean fetch, boolean consistent) {
        this.target = target;
        this.limit = limit;
        this.filter = filter;
        this.paths = paths;
        this.countOnly = countOnly;
        this.fetch = fetch;
        this.capacity = new RangeReadCapacity(target.table().name(), target.indexDefinition(), consistent);
    }

    /**
     * Walks the entries (already positioned after any start key) and builds the response; {@code charge} is told
     * what the walk consumed.
     */
    JsonObject read(Iterator<Map.Entry<OrderedKey, Item>> entries, ReturnConsumedCapacity returnCapacity,
                    Consumer<ConsumedCapacity> charge) {
        JsonArray items = new JsonArray();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        Item last = null;
        boolean more = false;
        while (entries.hasNext()) {
            Item entry = entries.next().getValue();
            if (scanned > 0 && bytes + entry.size() > PAGE_BYTES) {
                more = true;
                break;
            }
            bytes += entry.size();
            scanned++;
            last = entry;
            capacity.read(entry);
            Item item = fetch ? fetched(entry) : entry;
            if (filter == null || filter.test(item)) {
                count++;
                if (!countOnly) {
                    items.add(AttributeValueJson.writeItem(paths == null ? item : Projections.select(item, paths)));
                }
            }
            if (limit != null && scanned == limit) {
                more = true;
                break;
            }
        }
        JsonObject response = new JsonObject();
        if (!countOnly) {
            response.put("Items", items);
        }
        response.put("Count", count).put("ScannedCount", scanned);
        if (more) {
            response.put("LastEvaluatedKey", AttributeValueJson.writeItem(target.positionOf(last)));
        }
        ConsumedCapacity consumed = capacity.consumed();
        charge.accept(consumed);
        return response.put("ConsumedCapacity", consumed.toJson(returnCapacity));
    }

    private Item fetched(Item entry) {
        Item item = target.fetch(entry);
        if (item == null) {
            return entry;
        }
        capacity.fetch(item);
        return item;
    }
}
