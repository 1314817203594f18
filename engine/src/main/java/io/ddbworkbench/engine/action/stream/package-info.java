/** Shared pieces of the DynamoDB Streams actions: request members and the response shapes. */
package io.ddbworkbench.engine.action.stream;
