package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.model.Utf8;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.PrimaryKey;

/** Extracting and checking primary keys from requests, with the service's messages. */
public final class Keys {
    /** A partition key value may take at most this many bytes (a string's UTF-8, a binary's bytes). */
    public static final int MAX_PARTITION_KEY_BYTES = 2048;
    /** A sort key value may take at most this many bytes. */
    public static final int MAX_SORT_KEY_BYTES = 1024;

    private Keys() {
    }

    /** The key of an item being written: every key attribute present, of the declared type, not empty, not too long. */
    public static PrimaryKey ofItem(KeySchema schema, Item item) {
        for (KeyAttribute key : schema.attributes()) {
            AttributeValue value = item.get(key.name());
            if (value == null) {
                throw ApiException.validation("One or more parameter values were invalid: Missing the key "
                        + key.name() + " in the item");
            }
            if (value.type() != key.type()) {
                throw ApiException.validation("One or more parameter values were invalid: Type mismatch for key "
                        + key.name() + " expected: " + key.type() + " actual: " + value.type());
            }
            requireUsableKeyValue(key, value, key == schema.partitionKey());
        }
        return keyOf(schema, item);
    }

    /** The key named by a Key parameter: exactly the key attributes, of the declared types, usable as key values. */
    public static PrimaryKey ofKey(KeySchema schema, Item key) {
        if (key.attributes().size() != schema.attributes().size()) {
            throw keyMismatch();
        }
        for (KeyAttribute attribute : schema.attributes()) {
            AttributeValue value = key.get(attribute.name());
            if (value == null || value.type() != attribute.type()) {
                throw keyMismatch();
            }
        }
        for (KeyAttribute attribute : schema.attributes()) {
            requireUsableKeyValue(attribute, key.get(attribute.name()), attribute == schema.partitionKey());
        }
        return keyOf(schema, key);
    }

    private static PrimaryKey keyOf(KeySchema schema, Item item) {
        return new PrimaryKey(item.get(schema.partitionKey().name()),
                schema.hasSortKey() ? item.get(schema.sortKey().name()) : null);
    }

    private static ApiException keyMismatch() {
        return ApiException.validation("The provided key element does not match the schema");
    }

    /**
     * Refuses an empty string or binary given for a key attribute of its declared type. Transactions check this
     * up front, before anything runs, where a key of the wrong type only cancels its action.
     */
    public static void requireNonEmptyKeyValues(KeySchema schema, Item item) {
        for (KeyAttribute key : schema.attributes()) {
            AttributeValue value = item.get(key.name());
            if (value != null && value.type() == key.type() && byteLength(value) == 0) {
                throw emptyKeyValue(key, value);
            }
        }
    }

    private static ApiException emptyKeyValue(KeyAttribute key, AttributeValue value) {
        return ApiException.validation("One or more parameter values are not valid. The AttributeValue for a key"
                + " attribute cannot contain an empty " + emptyKind(value) + " value. Key: " + key.name());
    }

    private static void requireUsableKeyValue(KeyAttribute key, AttributeValue value, boolean partition) {
        int length = byteLength(value);
        if (length == 0) {
            throw emptyKeyValue(key, value);
        }
        if (partition && length > MAX_PARTITION_KEY_BYTES) {
            throw ApiException.validation("One or more parameter values were invalid: Size of hashkey has exceeded"
                    + " the maximum size limit of" + MAX_PARTITION_KEY_BYTES + " bytes");
        }
        if (!partition && length > MAX_SORT_KEY_BYTES) {
            throw ApiException.validation("One or more parameter values were invalid: Aggregated size of all range"
                    + " keys has exceeded the size limit of " + MAX_SORT_KEY_BYTES + " bytes");
        }
    }

    /** The bytes a string or binary key value takes; -1 for numbers, which have no empty form or byte limit. */
    public static int byteLength(AttributeValue value) {
        if (value instanceof StringValue string) {
            return Utf8.length(string.value());
        }
        if (value instanceof BinaryValue binary) {
            return binary.length();
        }
        return -1;
    }

    /** "string" or "binary", as the empty-key messages say. */
    public static String emptyKind(AttributeValue value) {
        return value instanceof StringValue ? "string" : "binary";
    }
}
