package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.error.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The engine's tables by name. Transient statuses (CREATING, UPDATING, DELETING, for tables and for global
 * indexes) resolve lazily against the engine clock: a table whose transition time has passed is reported
 * ACTIVE, or disappears once deleted. No background thread is needed, a test that moves the clock sees the
 * change at once, and SDK waiters polling DescribeTable see the same sequence of states as on the service.
 */
public final class Catalog {
    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();
    private final Clock clock;
    private final List<DefinitionListener> definitionListeners = new CopyOnWriteArrayList<>();

    public Catalog(Clock clock) {
        this.clock = clock;
    }

    /** Adds a listener for new tables and every later change to a table's definition. */
    public void addDefinitionListener(DefinitionListener listener) {
        definitionListeners.add(listener);
    }

    /** Registers a new table, or fails as the service does when the name is taken (in any state). */
    public Table create(Table table) {
        table.publish(() -> register(table), this::defined);
        return table;
    }

    private void register(Table table) {
        while (true) {
            Table existing = tables.putIfAbsent(table.name(), table);
            if (existing == null) {
                return;
            }
            if (resolve(existing) != null) {
                throw ApiException.resourceInUse("Table already exists: " + table.name());
            }
            // The name belonged to a table whose deletion has just completed (and was dropped): try again.
        }
    }

    /**
     * Recovery: brings back a definition read from disk without telling the listeners. A definition with a new
     * table id replaces whatever table held the name (the old one was deleted before this one was created);
     * the same id updates the table in place, keeping its items.
     *
     * @return the live table now holding the definition
     */
    public Table restore(TableDefinition definition) {
        Table current = tables.get(definition.name());
        if (current != null && current.definition().tableId().equals(definition.tableId())) {
            current.restore(definition, this::defined);
            return current;
        }
        Table restored = new Table(definition);
        restored.restore(definition, this::defined);
        tables.put(definition.name(), restored);
        return restored;
    }

    /** Every table the catalog holds right now, including any whose deletion is due but not yet noticed. */
    public List<Table> tables() {
        return new ArrayList<>(tables.values());
    }

    private void defined(TableDefinition definition) {
        for (DefinitionListener listener : definitionListeners) {
            listener.defined(definition);
        }
    }

    /** The table with its status brought up to date, or null when there is none. */
    public Table find(String name) {
        Table table = tables.get(name);
        return table == null ? null : resolve(table);
    }

    /** The table for a control-plane call, or the control plane's ResourceNotFoundException. */
    public Table describe(String name) {
        Table table = find(name);
        if (table == null) {
            throw ApiException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
        }
        return table;
    }

    /**
     * The table for a data-plane call. A table still being created or already being deleted is not there
     * yet (or any more) for reads and writes, and the service answers with the data plane's short message.
     */
    public Table require(String name) {
        Table table = find(name);
        if (table == null || table.definition().status() == TableStatus.CREATING
                || table.definition().status() == TableStatus.DELETING) {
            throw ApiException.resourceNotFound("Requested resource not found");
        }
        return table;
    }

    /**
     * Puts the table in DELETING; it disappears (name free, items dropped) once {@code goneAt} passes.
     *
     * @return the definition as DeleteTable reports it
     */
    public TableDefinition beginDeletion(Table table, Instant goneAt) {
        return table.updateDefinition(current -> current.toBuilder()
                .status(TableStatus.DELETING)
                .readyAt(goneAt)
                .build());
    }

    /** Names of the existing tables (deleting ones included, as the service lists them), sorted. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : tables.keySet()) {
            if (find(name) != null) {
                names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    private Table resolve(Table table) {
        if (isSettled(table.definition())) {
            return table;
        }
        Instant now = clock.instant();
        while (true) {
            TableDefinition definition = table.definition();
            if (definition.status() == TableStatus.DELETING && isDue(definition.readyAt(), now)) {
                tables.remove(definition.name(), table);
                return null;
            }
            TableDefinition resolved = resolveIndexes(table, resolveTable(definition, now), now);
            if (resolved == definition || table.replaceDefinition(definition, resolved)) {
                return table;
            }
        }
    }

    /** The common case on every request: nothing in transition, so nothing to resolve (and no allocation). */
    private static boolean isSettled(TableDefinition definition) {
        if (definition.status() != TableStatus.ACTIVE) {
            return false;
        }
        for (IndexDefinition index : definition.globalIndexes()) {
            if (index.status() != TableStatus.ACTIVE) {
                return false;
            }
        }
        return true;
    }

    private static TableDefinition resolveTable(TableDefinition definition, Instant now) {
        boolean inTransition = definition.status() == TableStatus.CREATING
                || definition.status() == TableStatus.UPDATING;
        if (inTransition && isDue(definition.readyAt(), now)) {
            return definition.toBuilder().status(TableStatus.ACTIVE).readyAt(null).build();
        }
        return definition;
    }

    private static TableDefinition resolveIndexes(Table table, TableDefinition definition, Instant now) {
        boolean changed = false;
        List<IndexDefinition> globals = new ArrayList<>();
        for (IndexDefinition index : definition.globalIndexes()) {
            if (index.status() == TableStatus.ACTIVE || !isDue(index.readyAt(), now)) {
                globals.add(index);
            } else if (index.status() == TableStatus.DELETING) {
                table.removeIndex(index.name());
                changed = true;
            } else {
                globals.add(index.withStatus(TableStatus.ACTIVE, null));
                changed = true;
            }
        }
        if (!changed) {
            return definition;
        }
        TableDefinition withIndexes = definition.toBuilder().globalIndexes(globals).build();
        return withIndexes.toBuilder().attributeDefinitions(withIndexes.usedAttributeDefinitions()).build();
    }

    private static boolean isDue(Instant readyAt, Instant now) {
        return readyAt == null || !now.isBefore(readyAt);
    }
}
