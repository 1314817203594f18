package io.ddbworkbench.engine.model;

/** A Boolean (BOOL) value. */
public enum BooleanValue implements AttributeValue {
    TRUE, FALSE;

    public static BooleanValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }

    @Override
    public AttributeType type() {
        return AttributeType.BOOL;
    }

    @Override
    public int size() {
        return 1;
    }
}
