package io.ddbworkbench.engine.read;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.storage.ItemStore;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.OrderedKey;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.ProjectionType;
import io.ddbworkbench.engine.table.SecondaryIndex;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Query or Scan walks: the table itself, or one of its secondary indexes. An index read walks the
 * index's own entries (ordered by the index key, then the table key) and reports positions with both keys,
 * because index keys need not be unique.
 */
public final class ReadTarget {
    private final Table table;
    private final SecondaryIndex index;

    private ReadTarget(Table table, SecondaryIndex index) {
        this.table = table;
        this.index = index;
    }

    /** The table, or its index {@code indexName} (null: the table), refused with the service's messages. */
    public static ReadTarget resolve(Table table, String indexName) {
        if (indexName == null) {
            return new ReadTarget(table, null);
        }
        IndexDefinition definition = table.definition().index(indexName);
        SecondaryIndex index = table.index(indexName);
        if (definition == null || index == null) {
            throw ApiException.validation("The table does not have the specified index: " + indexName);
        }
        if (definition.global() && definition.backfilling() && definition.status() == TableStatus.CREATING) {
            throw ApiException.validation("Cannot read from backfilling global secondary index: " + indexName);
        }
        return new ReadTarget(table, index);
    }

    public Table table() {
        return table;
    }

    public boolean isIndex() {
        return index != null;
    }

    public boolean isGlobalIndex() {
        return index != null && index.definition().global();
    }

    public boolean isLocalIndex() {
        return index != null && !index.definition().global();
    }

    /** The index definition, or null for a table read. */
    public IndexDefinition indexDefinition() {
        return index == null ? null : index.definition();
    }

    public String indexName() {
        return index == null ? null : index.name();
    }

    /** The key the read is ordered by: the index key for an index read. */
    public KeySchema keySchema() {
        return index == null ? table.keySchema() : index.keySchema();
    }

    public ItemStore store() {
        return index == null ? table.items() : index.store();
    }

    /** True when every entry holds every attribute of its item. */
    public boolean projectsAll() {
        return index == null || index.definition().projection().type() == ProjectionType.ALL;
    }

    /** True when the entries hold this attribute (for the items that have it). */
    public boolean holds(String attributeName) {
        if (projectsAll() || table.keySchema().isKeyAttribute(attributeName)
                || index.keySchema().isKeyAttribute(attributeName)) {
            return true;
        }
        return index.definition().projection().nonKeyAttributes().contains(attributeName);
    }

    /** The attributes a position names: the table key, then the index key attributes the table key lacks. */
    public List<KeyAttribute> positionAttributes() {
        List<KeyAttribute> attributes = new ArrayList<>(table.keySchema().attributes());
        if (index != null) {
            for (KeyAttribute attribute : index.keySchema().attributes()) {
                if (!table.keySchema().isKeyAttribute(attribute.name())) {
                    attributes.add(attribute);
                }
            }
        }
        return attributes;
    }

    /** The LastEvaluatedKey for an entry: its table key and index key attributes. */
    public Item positionOf(Item entry) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        for (KeyAttribute attribute : positionAttributes()) {
            key.put(attribute.name(), entry.get(attribute.name()));
        }
        return Item.wrap(key);
    }

    /** Where a start key (already checked against {@link #positionAttributes()}) sits among the entries. */
    public OrderedKey orderOf(Item startKey) {
        PrimaryKey tableKey = table.keySchema().keyOfOrNull(startKey);
        if (index == null) {
            return tableKey.toOrderedKey();
        }
        return SecondaryIndex.entryKey(index.keySchema().keyOfOrNull(startKey), tableKey);
    }

    /** The whole item an index entry stands for, read from the table (null if it is gone meanwhile). */
    public Item fetch(Item entry) {
        return table.get(table.keySchema().keyOfOrNull(entry));
    }
}
