package io.ddbworkbench.engine.read;

import java.util.List;

/** What a Query or Scan returns of each matching item. */
public enum Select {
    /** Every attribute; on a local index whose projection lacks some, each item is fetched from the table. */
    ALL_ATTRIBUTES,
    /** What the index holds; only for index reads. */
    ALL_PROJECTED_ATTRIBUTES,
    /** The attributes named by ProjectionExpression or AttributesToGet. */
    SPECIFIC_ATTRIBUTES,
    /** No items, only Count (it costs what reading them costs). */
    COUNT;

    /** The values as the service lists them in its enum constraint message. */
    public static final List<String> WIRE_VALUES =
            List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES");

    /** How the service names the choice in "Cannot specify the ... when choosing to get ...". */
    String describe() {
        return this == COUNT ? "only the Count" : name();
    }
}
