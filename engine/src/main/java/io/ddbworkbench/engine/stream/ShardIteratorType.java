package io.ddbworkbench.engine.stream;

/** Where a shard iterator starts reading. */
public enum ShardIteratorType {
    /** The oldest record still kept. */
    TRIM_HORIZON,
    /** Just after the newest record: only what is written from now on. */
    LATEST,
    /** The record with the given sequence number. */
    AT_SEQUENCE_NUMBER,
    /** The record after the one with the given sequence number. */
    AFTER_SEQUENCE_NUMBER,
    /** The first record written at or after the given time (the oldest kept, for an earlier time). */
    AT_TIMESTAMP
}
