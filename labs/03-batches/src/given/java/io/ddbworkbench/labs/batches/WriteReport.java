package io.ddbworkbench.labs.batches;

/**
 * What a bulk write took.
 *
 * @param requests the requests sent to DynamoDB, retries included
 * @param writeUnits the write capacity units DynamoDB charged, added up from each response's
 *     {@code ConsumedCapacity}
 */
public record WriteReport(int requests, double writeUnits) {
}
