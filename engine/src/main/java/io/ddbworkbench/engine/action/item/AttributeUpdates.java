package io.ddbworkbench.engine.action.item;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.expr.SetValues;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.ListValue;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UpdateItem's legacy AttributeUpdates parameter: per top-level attribute, PUT a value, ADD to a number, set or
 * list, or DELETE the attribute or some members of a set.
 */
public final class AttributeUpdates {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final List<String> ACTIONS = List.of("ADD", "PUT", "DELETE");
    private static final Set<AttributeType> ADDABLE =
            EnumSet.of(AttributeType.L, AttributeType.SS, AttributeType.NS, AttributeType.BS, AttributeType.N);

    private enum Action { PUT, ADD, DELETE }

    private record Update(String attribute, Action action, AttributeValue value) {
    }

    private final List<Update> updates;

    private AttributeUpdates(List<Update> updates) {
        this.updates = List.copyOf(updates);
    }

    /** Adds the Action enum constraint of every entry, the service's first check on this parameter. */
    public static void constrain(JsonObject request, Constraints check) {
        JsonObject json = JsonFields.map(request, "AttributeUpdates");
        if (json == null) {
            return;
        }
        for (Map.Entry<String, JsonValue> entry : json.entries()) {
            JsonObject update = JsonFields.asStructure(entry.getValue());
            if (update != null) {
                check.oneOf("attributeUpdates." + entry.getKey() + ".member.action",
                        JsonFields.string(update, "Action"), ACTIONS);
            }
        }
    }

    /** Reads and checks the parameter with the service's messages; null when the request has none. */
    public static AttributeUpdates read(JsonObject request) {
        JsonObject json = JsonFields.map(request, "AttributeUpdates");
        if (json == null) {
            return null;
        }
        List<Update> updates = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : json.entries()) {
            JsonObject update = JsonFields.asStructure(entry.getValue());
            if (update == null) {
                continue;
            }
            AttributeValue value = update.has("Value") ? AttributeValueJson.read(update.get("Value")) : null;
            String actionName = JsonFields.string(update, "Action");
            Action action = actionName == null ? Action.PUT : Action.valueOf(actionName);
            if (value == null && action != Action.DELETE) {
                throw ApiException.validation(INVALID + "Only DELETE action is allowed when no attribute value is specified");
            }
            if (value != null && action == Action.DELETE && !value.type().isSet()) {
                throw ApiException.validation(INVALID + "DELETE action with value is not supported for the type "
                        + value.type());
            }
            if (value != null && action == Action.ADD && !ADDABLE.contains(value.type())) {
                throw ApiException.validation(INVALID + "ADD action is not supported for the type " + value.type());
            }
            updates.add(new Update(entry.getKey(), action, value));
        }
        return new AttributeUpdates(updates);
    }

    /** The attributes updated, in request order. */
    public List<String> attributeNames() {
        List<String> names = new ArrayList<>(updates.size());
        updates.forEach(update -> names.add(update.attribute()));
        return names;
    }

    /** The type of each value given, which the service checks against index key types before the update runs. */
    public Map<String, AttributeType> valueTypes() {
        Map<String, AttributeType> types = new LinkedHashMap<>();
        for (Update update : updates) {
            if (update.value() != null) {
                types.put(update.attribute(), update.value().type());
            }
        }
        return types;
    }

    /** The item after the updates; {@code base} is the current item or, for a new one, its key. */
    public Item apply(Item base) {
        Map<String, AttributeValue> attributes = base.toMutableMap();
        for (Update update : updates) {
            AttributeValue existing = attributes.get(update.attribute());
            AttributeValue next = switch (update.action()) {
                case PUT -> update.value();
                case ADD -> add(existing, update.value());
                case DELETE -> update.value() == null || existing == null ? null : remove(existing, update.value());
            };
            if (next == null) {
                attributes.remove(update.attribute());
            } else {
                attributes.put(update.attribute(), next);
            }
        }
        return Item.wrap(attributes);
    }

    private static AttributeValue add(AttributeValue existing, AttributeValue added) {
        if (existing == null) {
            return added;
        }
        if (existing instanceof NumberValue number && added instanceof NumberValue other) {
            return number.add(other);
        }
        if (existing instanceof ListValue list && added instanceof ListValue more) {
            List<AttributeValue> joined = new ArrayList<>(list.values());
            joined.addAll(more.values());
            return new ListValue(joined);
        }
        if (!SetValues.sameSetType(existing, added)) {
            throw typeMismatch();
        }
        return SetValues.union(existing, added);
    }

    private static AttributeValue remove(AttributeValue existing, AttributeValue removed) {
        if (!SetValues.sameSetType(existing, removed)) {
            throw typeMismatch();
        }
        return SetValues.difference(existing, removed);
    }

    private static ApiException typeMismatch() {
        return ApiException.validation("Type mismatch for attribute to update");
    }
}
