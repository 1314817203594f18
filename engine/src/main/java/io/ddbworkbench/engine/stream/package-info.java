/**
 * DynamoDB Streams inside the engine. {@link io.ddbworkbench.engine.stream.StreamRegistry} listens to every
 * commit of {@link io.ddbworkbench.engine.table.ItemWriter}, so each write path (single item, batch,
 * transaction, TTL) produces records without the actions knowing about streams. Each stream has one shard,
 * open while the stream is enabled; the service splits busy shards and rolls them over every few hours,
 * which a local engine has no need for. Records are kept 24 hours, a disabled stream (or the stream of a
 * deleted table) stays readable for 24 hours after it closed, and shard iterators last 15 minutes, all
 * measured on the engine's clock.
 */
package io.ddbworkbench.engine.stream;
