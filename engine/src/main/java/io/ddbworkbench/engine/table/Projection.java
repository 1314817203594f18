package io.ddbworkbench.engine.table;

import java.util.List;

/** An index projection: its type and, for INCLUDE, the extra non-key attributes. */
public record Projection(ProjectionType type, List<String> nonKeyAttributes) {

    public Projection {
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }

    public static Projection all() {
        return new Projection(ProjectionType.ALL, List.of());
    }
}
