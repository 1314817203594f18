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
                .dynamoDb("PutItem", new PutItem())
                .dynamoDb("GetItem", new GetItem())
                .dynamoDb("UpdateItem", new UpdateItem())
                .dynamoDb("DeleteItem", new DeleteItem());
    }
}
