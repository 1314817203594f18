package io.ddbworkbench.engine.action.item;

import io.ddbworkbench.engine.action.Keys;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.expr.DocumentPath;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.TableDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What writes may do to key attributes: table keys never change, index keys keep their declared type and are
 * never empty, and no document path reaches inside a key attribute (keys are scalars).
 */
public final class KeyRules {
    private static final String INVALID = "One or more parameter values were invalid: ";

    private KeyRules() {
    }

    /** Refuses an update of a table key attribute. */
    public static void requireKeysUnchanged(KeySchema schema, Collection<String> updatedAttributes) {
        for (KeyAttribute key : schema.attributes()) {
            if (updatedAttributes.contains(key.name())) {
                throw ApiException.validation(INVALID + "Cannot update attribute " + key.name()
                        + ". This attribute is part of the key");
            }
        }
    }

    /** Refuses a document path that goes into a table or index key attribute ({@code pk.x}, {@code gsiKey[0]}). */
    public static void requireScalarKeyPaths(TableDefinition table, List<DocumentPath> paths) {
        for (KeyAttribute key : table.keySchema().attributes()) {
            requireNotNestedUnder(key.name(), paths, "Key: ");
        }
        for (IndexKey key : indexKeys(table)) {
            requireNotNestedUnder(key.attribute().name(), paths, "IndexKey: ");
        }
    }

    private static void requireNotNestedUnder(String attribute, List<DocumentPath> paths, String label) {
        for (DocumentPath path : paths) {
            if (path.isNested() && path.attributeName().equals(attribute)) {
                throw ApiException.validation("Key attributes must be scalars; list random access '[]' and map lookup"
                        + " '.' are not allowed: " + label + attribute);
            }
        }
    }

    /** Refuses a write whose statically known value types (a put's item, an update's values) mismatch an index key. */
    public static void requireIndexKeyTypes(TableDefinition table, Map<String, AttributeType> knownTypes) {
        for (IndexKey key : indexKeys(table)) {
            AttributeType actual = knownTypes.get(key.attribute().name());
            if (actual != null && actual != key.attribute().type()) {
                throw ApiException.validation(INVALID + "Type mismatch for Index Key " + key.attribute().name()
                        + " Expected: " + key.attribute().type() + " Actual: " + actual + " IndexName: " + key.index());
            }
        }
    }

    /**
     * Refuses an item about to be stored whose index key attributes cannot be indexed. {@code typeMismatch} is
     * the message for a value of the wrong type, which differs between puts and updates.
     */
    public static void requireIndexableItem(TableDefinition table, Item item, String typeMismatch) {
        for (IndexKey key : indexKeys(table)) {
            AttributeValue value = item.get(key.attribute().name());
            if (value == null) {
                continue;
            }
            if (value.type() != key.attribute().type()) {
                throw ApiException.validation(typeMismatch != null ? typeMismatch
                        : INVALID + "Type mismatch for Index Key " + key.attribute().name() + " Expected: "
                                + key.attribute().type() + " Actual: " + value.type() + " IndexName: " + key.index());
            }
            requireNonEmpty(key, value);
        }
    }

    /**
     * Refuses an item whose index key attribute of the declared type is an empty string or binary. Transactions
     * check this up front; a value of the wrong type only cancels its action.
     */
    public static void requireNonEmptyIndexKeys(TableDefinition table, Item item) {
        for (IndexKey key : indexKeys(table)) {
            AttributeValue value = item.get(key.attribute().name());
            if (value != null && value.type() == key.attribute().type()) {
                requireNonEmpty(key, value);
            }
        }
    }

    /**
     * Refuses an update that sets an index key attribute straight to an empty string or binary, with the message
     * the service gives updates (it names neither the index nor the key).
     */
    public static void requireNonEmptyIndexKeyUpdates(TableDefinition table, Map<String, AttributeValue> knownValues) {
        for (IndexKey key : indexKeys(table)) {
            AttributeValue value = knownValues.get(key.attribute().name());
            if (value != null && value.type() == key.attribute().type() && Keys.byteLength(value) == 0) {
                throw ApiException.validation("One or more parameter values are not valid. The update expression"
                        + " attempted to update a secondary index key to a value that is not supported. The"
                        + " AttributeValue for a key attribute cannot contain an empty " + Keys.emptyKind(value)
                        + " value.");
            }
        }
    }

    private static void requireNonEmpty(IndexKey key, AttributeValue value) {
        if (Keys.byteLength(value) == 0) {
            throw ApiException.validation("One or more parameter values are not valid. A value specified for a"
                    + " secondary index key is not supported. The AttributeValue for a key attribute cannot contain"
                    + " an empty " + Keys.emptyKind(value) + " value. IndexName: "
                    + key.index() + ", IndexKey: " + key.attribute().name());
        }
    }

    /** One key attribute of one secondary index. */
    private record IndexKey(String index, KeyAttribute attribute) {
    }

    /**
     * Every index key attribute that is not also a table key, in index name order: when several indexes share a
     * key attribute, the service's message names the alphabetically first of them, whatever its kind.
     */
    private static List<IndexKey> indexKeys(TableDefinition table) {
        List<IndexKey> keys = new ArrayList<>();
        List<IndexDefinition> indexes = new ArrayList<>(table.localIndexes());
        indexes.addAll(table.globalIndexes());
        indexes.sort(Comparator.comparing(IndexDefinition::name));
        for (IndexDefinition index : indexes) {
            for (KeyAttribute attribute : index.keySchema().attributes()) {
                if (!table.keySchema().isKeyAttribute(attribute.name())) {
                    keys.add(new IndexKey(index.name(), attribute));
                }
            }
        }
        return keys;
    }
}
