package io.ddbworkbench.labs.transactions;

import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The two tables of this lab and the names of their attributes (given: nothing to do here). A transaction may
 * span tables, so registration writes to both at once.
 *
 * <pre>
 * Accounts:  AccountId (S, partition key)   Balance (N, cents)
 * Users:     Pk (S, partition key)          USER#ada              Username, Email
 *                                           EMAIL#ada@example.com Username (the user who owns the address)
 * </pre>
 */
public final class BankTables {
    public static final String ACCOUNT_ID = "AccountId";
    /** Whole cents, never negative. */
    public static final String BALANCE = "Balance";

    /** The Users table's key: one item per user, and one per email address in use. */
    public static final String PK = "Pk";
    public static final String USERNAME = "Username";
    public static final String EMAIL = "Email";

    private static final String USER_PREFIX = "USER#";
    private static final String EMAIL_PREFIX = "EMAIL#";

    private BankTables() {
    }

    /** The key of a user's item in the Users table: {@code USER#<username>}. */
    public static String userKey(String username) {
        return USER_PREFIX + username;
    }

    /**
     * The key of the item that claims an email address in the Users table: {@code EMAIL#<email>}. A table has
     * one key, so a second attribute (the email) can only be kept unique by an item keyed by it.
     */
    public static String emailKey(String email) {
        return EMAIL_PREFIX + email;
    }

    /** Creates both tables on demand and waits until they are ACTIVE. */
    public static void create(DynamoDbClient ddb, String accountsTable, String usersTable) {
        TableAdmin admin = new TableAdmin(ddb);
        admin.create(TableSpec.builder(accountsTable).partitionKey(ACCOUNT_ID, ScalarAttributeType.S).build());
        admin.create(TableSpec.builder(usersTable).partitionKey(PK, ScalarAttributeType.S).build());
    }
}
