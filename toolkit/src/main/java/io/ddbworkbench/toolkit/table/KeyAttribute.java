package io.ddbworkbench.toolkit.table;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A key attribute and its type (S, N or B: the only types a key may have). */
record KeyAttribute(String name, ScalarAttributeType type) {
    KeyAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
