package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.protocol.Operations;

/** Every operation the engine implements, registered under its target name. */
public final class DefaultOperations {
    private DefaultOperations() {
    }

    public static Operations create() {
        return new Operations()
                .dynamoDb("CreateTable", new CreateTable())
                .dynamoDb("DescribeTable", new DescribeTable())
                .dynamoDb("ListTables", new ListTables())
                .dynamoDb("UpdateTable", new UpdateTable())
                .dynamoDb("DeleteTable", new DeleteTable())
                .dynamoDb("TagResource", new TagResource())
                .dynamoDb("UntagResource", new UntagResource())
                .dynamoDb("ListTagsOfResource", new ListTagsOfResource())
                .dynamoDb("DescribeEndpoints", new DescribeEndpoints())
                .dynamoDb("DescribeLimits", new DescribeLimits())
                .dynamoDb("PutItem", new PutItem())
                .dynamoDb("GetItem", new GetItem())
                .dynamoDb("UpdateItem", new UpdateItem())
                .dynamoDb("DeleteItem", new DeleteItem())
                .dynamoDb("TransactWriteItems", new TransactWriteItems())
                .dynamoDb("TransactGetItems", new TransactGetItems())
                .dynamoDb("Query", new Query())
                .dynamoDb("Scan", new Scan())
                .dynamoDb("BatchGetItem", new BatchGetItem())
                .dynamoDb("BatchWriteItem", new BatchWriteItem())
                .dynamoDb("UpdateTimeToLive", new UpdateTimeToLive())
                .dynamoDb("DescribeTimeToLive", new DescribeTimeToLive())
                .streams("ListStreams", new ListStreams())
                .streams("DescribeStream", new DescribeStream())
                .streams("GetShardIterator", new GetShardIterator())
                .streams("GetRecords", new GetRecords());
    }
}
