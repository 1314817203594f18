package io.ddbworkbench.engine.table;

/**
 * Encryption at rest with a KMS key the table names (a customer key or the AWS-managed {@code aws/dynamodb}
 * key). A table without these settings uses the AWS-owned key, which DescribeTable does not report at all.
 */
public record SseSettings(String sseType, String kmsMasterKeyArn) {
}
