package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.AttributeType;

/** One key attribute: its name and scalar type (S, N or B). */
public record KeyAttribute(String name, AttributeType type) {
}
