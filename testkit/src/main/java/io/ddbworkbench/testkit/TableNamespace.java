package io.ddbworkbench.testkit;

import java.util.UUID;

/**
 * Keeps one test class's tables apart from everyone else's on a shared backend. On the embedded backend each
 * class already has its own engine and the prefix is empty; on a container, an endpoint or AWS every table
 * name gets a unique prefix, and the testkit deletes the class's tables when it ends.
 */
public final class TableNamespace {
    private final String prefix;

    private TableNamespace(String prefix) {
        this.prefix = prefix;
    }

    /** No prefix: for a backend no one else uses. */
    public static TableNamespace isolated() {
        return new TableNamespace("");
    }

    /** A fresh prefix such as {@code wb7f3a9c21_}, made only of characters legal in table names. */
    public static TableNamespace unique() {
        return new TableNamespace("wb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_");
    }

    /** The table name to use for {@code baseName} in this namespace. */
    public String table(String baseName) {
        return prefix + baseName;
    }

    public String prefix() {
        return prefix;
    }

    /** Whether a table belongs to this namespace (and so is deleted with it). */
    public boolean owns(String tableName) {
        return !prefix.isEmpty() && tableName.startsWith(prefix);
    }

    @Override
    public String toString() {
        return prefix.isEmpty() ? "(isolated)" : prefix;
    }
}
