/**
 * Time To Live: which items have expired ({@link io.ddbworkbench.engine.ttl.Expiry}) and the process that
 * deletes them ({@link io.ddbworkbench.engine.ttl.TimeToLiveSweeper}), in the background at a configurable pace
 * or on demand. Deletions go through the engine's single write path, so indexes follow and streams record
 * them as the service's own.
 */
package io.ddbworkbench.engine.ttl;
