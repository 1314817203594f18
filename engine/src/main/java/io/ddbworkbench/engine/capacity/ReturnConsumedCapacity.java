package io.ddbworkbench.engine.capacity;

import java.util.List;

/** How much of the consumed capacity a request asked to see. */
public enum ReturnConsumedCapacity {
    /** Nothing (the default). */
    NONE,
    /** The total for the table and its indexes. */
    TOTAL,
    /** The total, and the table's and each index's share. */
    INDEXES;

    /** The values as the service lists them in its enum constraint message. */
    public static final List<String> WIRE_VALUES = List.of("INDEXES", "TOTAL", "NONE");

    /** Parses an already validated value; absent means NONE. */
    public static ReturnConsumedCapacity parse(String value) {
        return value == null ? NONE : valueOf(value);
    }
}
