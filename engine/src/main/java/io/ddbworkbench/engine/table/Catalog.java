package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.error.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's tables by name. Transient statuses (CREATING, UPDATING, DELETING) resolve lazily against the
 * engine clock: a table whose transition time has passed is reported ACTIVE, or disappears once deleted. No
 * background thread is needed, and a test that moves the clock sees the change at once.
 */
public final class Catalog {
    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();
    private final Clock clock;

    public Catalog(Clock clock) {
        this.clock = clock;
    }

    /** Registers a new table, or fails as the service does when the name is taken. */
    public Table create(Table table) {
        Table existing = tables.putIfAbsent(table.name(), table);
        if (existing != null && resolve(existing) != null) {
            throw ApiException.resourceInUse("Table already exists: " + table.name());
        }
        if (existing != null) {
            tables.put(table.name(), table);
        }
        return table;
    }

    /** The table with its status brought up to date, or null when there is none. */
    public Table find(String name) {
        Table table = tables.get(name);
        return table == null ? null : resolve(table);
    }

    /** The table, or the data plane's ResourceNotFoundException. */
    public Table require(String name) {
        Table table = find(name);
        if (table == null) {
            throw ApiException.resourceNotFound("Requested resource not found");
        }
        return table;
    }

    public void remove(String name) {
        tables.remove(name);
    }

    /** Names of the existing tables, sorted as ListTables returns them. */
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
        TableDefinition definition = table.definition();
        Instant now = clock.instant();
        boolean due = definition.readyAt() == null || !now.isBefore(definition.readyAt());
        if (definition.status() == TableStatus.DELETING && due) {
            tables.remove(definition.name(), table);
            return null;
        }
        TableDefinition resolved = definition;
        if (definition.status() != TableStatus.ACTIVE && definition.status() != TableStatus.DELETING && due) {
            resolved = resolved.toBuilder().status(TableStatus.ACTIVE).readyAt(null).build();
        }
        resolved = resolveIndexes(table, resolved, now);
        if (resolved != definition) {
            table.replaceDefinition(definition, resolved);
        }
        return table;
    }

    private TableDefinition resolveIndexes(Table table, TableDefinition definition, Instant now) {
        boolean changed = false;
        List<IndexDefinition> globals = new ArrayList<>();
        for (IndexDefinition index : definition.globalIndexes()) {
            boolean due = index.readyAt() == null || !now.isBefore(index.readyAt());
            if (index.status() == TableStatus.DELETING && due) {
                table.removeIndex(index.name());
                changed = true;
                continue;
            }
            if (index.status() != TableStatus.ACTIVE && index.status() != TableStatus.DELETING && due) {
                globals.add(index.withStatus(TableStatus.ACTIVE, null));
                changed = true;
                continue;
            }
            globals.add(index);
        }
        return changed ? definition.toBuilder().globalIndexes(globals).build() : definition;
    }
}
