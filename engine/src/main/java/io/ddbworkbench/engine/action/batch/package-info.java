/**
 * The parts of BatchGetItem and BatchWriteItem: the RequestItems map and each table's share of it. A batch is
 * checked whole before anything is read or written, so a request the service would refuse changes nothing.
 */
package io.ddbworkbench.engine.action.batch;
