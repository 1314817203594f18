package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.ListValue;
import io.ddbworkbench.engine.model.MapValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changing a value deep inside an item without changing the (immutable) values around it: the maps and lists
 * along the path are copied, everything else is shared.
 */
final class Documents {
    private Documents() {
    }

    /** True when the container is the kind the step addresses: a map for a name, a list for an index. */
    static boolean canHold(AttributeValue container, DocumentPath.Step step) {
        return step instanceof DocumentPath.Name ? container instanceof MapValue : container instanceof ListValue;
    }

    /**
     * Sets the value at the path (null removes it). The path's container must exist; an index past the end of
     * a list appends.
     */
    static void replace(Map<String, AttributeValue> top, DocumentPath path, AttributeValue value) {
        if (!path.isNested()) {
            if (value == null) {
                top.remove(path.attributeName());
            } else {
                top.put(path.attributeName(), value);
            }
            return;
        }
        AttributeValue container = path.parent().read(top);
        replace(top, path.parent(), withChild(container, path.last(), value));
    }

    private static AttributeValue withChild(AttributeValue container, DocumentPath.Step step, AttributeValue value) {
        if (step instanceof DocumentPath.Name name) {
            Map<String, AttributeValue> entries = new LinkedHashMap<>(((MapValue) container).values());
            if (value == null) {
                entries.remove(name.name());
            } else {
                entries.put(name.name(), value);
            }
            return new MapValue(entries);
        }
        int index = ((DocumentPath.Index) step).index();
        List<AttributeValue> elements = new ArrayList<>(((ListValue) container).values());
        if (value == null) {
            if (index < elements.size()) {
                elements.remove(index);
            }
        } else if (index < elements.size()) {
            elements.set(index, value);
        } else {
            elements.add(value);
        }
        return new ListValue(elements);
    }
}
