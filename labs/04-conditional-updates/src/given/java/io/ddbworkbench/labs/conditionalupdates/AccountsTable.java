package io.ddbworkbench.labs.conditionalupdates;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The table this lab works on and the names of its attributes (given: nothing to do here). One item per
 * account, keyed by user id alone, because every access pattern of the lab starts from a known user.
 *
 * <pre>
 * UserId (S, partition key)   Email (S)   Balance (N, cents)   Version (N)   LoginCount (N, once counted)
 * </pre>
 */
public final class AccountsTable {
    public static final String USER_ID = "UserId";
    public static final String EMAIL = "Email";
    /** Whole cents, so no rounding question ever reaches the database. */
    public static final String BALANCE = "Balance";
    /** Starts at 1; every write that changes the balance or the email adds 1. */
    public static final String VERSION = "Version";
    public static final String LOGIN_COUNT = "LoginCount";

    private AccountsTable() {
    }

    /** Creates the table on demand (no capacity to plan) and waits until it can take writes. */
    public static void create(DynamoDbClient ddb, String tableName) {
        ddb.createTable(request -> request.tableName(tableName)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName(USER_ID).attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName(USER_ID).keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.waiter().waitUntilTableExists(request -> request.tableName(tableName));
    }
}
