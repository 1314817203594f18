package io.ddbworkbench.labs.ttl;

import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The table this lab works on and the names of its attributes (given: nothing to do here). A user's sessions
 * form one item collection, so "all sessions of ada" is one Query; each session is one item that TTL deletes
 * once its {@code ExpiresAt} has passed.
 *
 * <pre>
 * UserId (S, partition key)   SessionId (S, sort key)   Device (S)   ExpiresAt (N, epoch seconds)
 * </pre>
 */
public final class SessionsTable {
    public static final String USER_ID = "UserId";
    public static final String SESSION_ID = "SessionId";
    /** Where the user logged in from ("laptop", "phone"): something to show on a "your sessions" page. */
    public static final String DEVICE = "Device";
    /** The TTL attribute: when the session ends, as a Number of seconds since 1970-01-01T00:00:00Z. */
    public static final String EXPIRES_AT = "ExpiresAt";

    private SessionsTable() {
    }

    /**
     * Creates the table on demand, with a stream that carries the old image of every change (a REMOVE record
     * then says whose session ended), and waits until it can take writes. TTL is not turned on here: that is
     * Step 1.
     */
    public static void create(DynamoDbClient ddb, String tableName) {
        new TableAdmin(ddb).create(TableSpec.builder(tableName)
                .partitionKey(USER_ID, ScalarAttributeType.S)
                .sortKey(SESSION_ID, ScalarAttributeType.S)
                .stream(StreamViewType.NEW_AND_OLD_IMAGES)
                .build());
    }
}
