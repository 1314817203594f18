package io.ddbworkbench.engine.model;

/** The Null (NULL) value. */
public enum NullValue implements AttributeValue {
    INSTANCE;

    @Override
    public AttributeType type() {
        return AttributeType.NULL;
    }

    @Override
    public int size() {
        return 1;
    }
}
