/**
 * Consumed capacity by the service's rules, in one place so every operation (single items, queries, scans,
 * batches, transactions) reports the same figures a learner would see on AWS: writes are billed per started
 * 1 KB of the larger of the old and new item, reads per started 4 KB (half that when eventually consistent),
 * and every secondary index an item change touches is billed for its own projected entry.
 */
package io.ddbworkbench.engine.capacity;
