package io.ddbworkbench.engine.table;

/** The table and index statuses the engine reports. */
public enum TableStatus { CREATING, UPDATING, DELETING, ACTIVE }
