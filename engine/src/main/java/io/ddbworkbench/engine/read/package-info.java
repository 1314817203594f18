/**
 * The read path Query and Scan share, and the projection rules the key-based reads share.
 *
 * <p>A range read is checked in the service's order ({@link io.ddbworkbench.engine.read.RangeReadRequest}),
 * walks a contiguous stretch of one store ({@link io.ddbworkbench.engine.read.ReadTarget}: the table or an
 * index; {@link io.ddbworkbench.engine.read.KeyRange} for a key condition,
 * {@link io.ddbworkbench.engine.read.ScanSegment} for a scan segment), and reads one page the way the service
 * does ({@link io.ddbworkbench.engine.read.PageReader}): stop at the Limit or at 1 MB of data walked, then
 * filter, then project. Because the order of work is the service's, the figures a learner compares come out
 * the same: Count against ScannedCount, where LastEvaluatedKey falls, and the capacity billed.
 */
package io.ddbworkbench.engine.read;
