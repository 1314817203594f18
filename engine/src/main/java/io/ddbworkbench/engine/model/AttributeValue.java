package io.ddbworkbench.engine.model;

/**
 * An immutable DynamoDB attribute value. One record per data type; equality follows the service's rules
 * (numbers by value, sets regardless of order), and {@link #size()} is the value's size by the service's
 * item-size rules, which capacity, limits and cost all build on.
 */
public sealed interface AttributeValue
        permits StringValue, NumberValue, BinaryValue, BooleanValue, NullValue,
                StringSetValue, NumberSetValue, BinarySetValue, ListValue, MapValue {

    AttributeType type();

    /** Size in bytes by DynamoDB's rules (attribute names are counted by the enclosing item or map). */
    int size();
}
