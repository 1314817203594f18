package io.ddbworkbench.engine.action.item;

import java.util.List;

/** What a write returns of the item: nothing, all or the updated part, as it was or as it is now. */
public enum ReturnValue {
    NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW;

    /** The values as the service lists them in its enum constraint message. */
    public static final List<String> WIRE_VALUES = List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");

    /** Parses an already validated value; absent means NONE. */
    public static ReturnValue parse(String value) {
        return value == null ? NONE : valueOf(value);
    }
}
