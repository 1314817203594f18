package io.ddbworkbench.engine.table;

/** What a stream record carries about the changed item. */
public enum StreamViewType { KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES }
