package io.ddbworkbench.engine.table;

/** Which attributes a secondary index copies from the base table. */
public enum ProjectionType { KEYS_ONLY, INCLUDE, ALL }
