package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.ListValue;
import io.ddbworkbench.engine.model.MapValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies the parts of an item that a set of document paths name, in the shape the service returns them:
 * nested maps keep the path's keys, and the list elements picked from one list come back as a shorter list
 * in index order ({@code l[2], l[0]} gives {@code [l0, l2]}). Used by ProjectionExpression, AttributesToGet
 * and the UPDATED_OLD / UPDATED_NEW return values.
 */
public final class Projections {
    private Projections() {
    }

    /** The item reduced to the given paths; paths naming nothing in the item are left out. */
    public static Item select(Item item, List<DocumentPath> paths) {
        Map<String, Object> top = new LinkedHashMap<>();
        for (DocumentPath path : paths) {
            AttributeValue value = path.read(item);
            if (value != null) {
                place(top, path, value);
            }
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : top.entrySet()) {
            attributes.put(entry.getKey(), build(entry.getValue()));
        }
        return Item.wrap(attributes);
    }

    /**
     * Puts a value into the growing result. Containers are a LinkedHashMap for a map and a TreeMap (index to
     * node) for a list, so picked list elements come out ordered and compacted.
     */
    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> top, DocumentPath path, AttributeValue value) {
        List<DocumentPath.Step> steps = path.steps();
        Map<Object, Object> container = (Map<Object, Object>) (Map<?, ?>) top;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object key = keyOf(steps.get(i));
            Object child = container.get(key);
            if (!(child instanceof Map)) {
                child = steps.get(i + 1) instanceof DocumentPath.Index ? new TreeMap<Integer, Object>()
                        : new LinkedHashMap<String, Object>();
                container.put(key, child);
            }
            container = (Map<Object, Object>) child;
        }
        container.put(keyOf(path.last()), value);
    }

    private static Object keyOf(DocumentPath.Step step) {
        return step instanceof DocumentPath.Index index ? (Object) index.index() : ((DocumentPath.Name) step).name();
    }

    private static AttributeValue build(Object node) {
        if (node instanceof AttributeValue value) {
            return value;
        }
        if (node instanceof TreeMap<?, ?> list) {
            List<AttributeValue> elements = new ArrayList<>(list.size());
            for (Object element : list.values()) {
                elements.add(build(element));
            }
            return new ListValue(elements);
        }
        Map<String, AttributeValue> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) node).entrySet()) {
            entries.put((String) entry.getKey(), build(entry.getValue()));
        }
        return new MapValue(entries);
    }
}
