package io.ddbworkbench.labs.conditionalupdates;

import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.BALANCE;
import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.EMAIL;
import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.LOGIN_COUNT;
import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.USER_ID;
import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.VERSION;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Reference solution of lab 04: every check that guards a write travels in the write's own condition, so
 * DynamoDB evaluates it and applies the write atomically, whatever other clients do at the same moment.
 */
public final class Accounts {
    /**
     * How many times {@link #applyInterest} reads and tries again before it gives up. Generous because the tests
     * run several writers on one item flat out; with backoff between attempts, fewer would do.
     */
    public static final int MAX_ATTEMPTS = 25;

    /** One name per attribute, so expressions read the same everywhere and never clash with reserved words. */
    private static final Map<String, String> NAMES = Map.of("#id", USER_ID, "#email", EMAIL, "#balance", BALANCE,
            "#version", VERSION, "#logins", LOGIN_COUNT);

    private final DynamoDbClient ddb;
    private final String tableName;

    public Accounts(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /** Step 1: create-if-absent. The condition makes "is the id free?" and "take it" one atomic step. */
    public boolean register(String userId, String email) {
        try {
            ddb.putItem(request -> request.tableName(tableName)
                    .item(Map.of(USER_ID, s(userId), EMAIL, s(email), BALANCE, n(0), VERSION, n(1)))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(names("#id")));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    /** Step 2: an atomic counter; the existence condition stops UpdateItem from inventing an account. */
    public long recordLogin(String userId) {
        try {
            Map<String, AttributeValue> updated = ddb.updateItem(request -> request.tableName(tableName)
                    .key(key(userId))
                    .updateExpression("SET #logins = if_not_exists(#logins, :zero) + :one")
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(names("#id", "#logins"))
                    .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1)))
                    .returnValues(ReturnValue.UPDATED_NEW)).attributes();
            return number(updated, LOGIN_COUNT);
        } catch (ConditionalCheckFailedException noAccount) {
            throw new UnknownUserException(userId);
        }
    }

    /** Step 3: optimistic locking; the write happens only at the version the caller read. */
    public long changeEmail(String userId, long expectedVersion, String newEmail) {
        try {
            Map<String, AttributeValue> updated = ddb.updateItem(request -> request.tableName(tableName)
                    .key(key(userId))
                    .updateExpression("SET #email = :email, #version = #version + :one")
                    .conditionExpression("#version = :expected")
                    .expressionAttributeNames(names("#email", "#version"))
                    .expressionAttributeValues(Map.of(":email", s(newEmail), ":one", n(1),
                            ":expected", n(expectedVersion)))
                    .returnValues(ReturnValue.UPDATED_NEW)).attributes();
            return number(updated, VERSION);
        } catch (ConditionalCheckFailedException moved) {
            throw new VersionConflictException(userId, expectedVersion);
        }
    }

    /** Step 4: read, compute, write on condition of the version read; a refused write means read again. */
    public long applyInterest(String userId, int basisPoints) {
        long readVersion = 0;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Map<String, AttributeValue> account = ddb.getItem(request -> request.tableName(tableName)
                    .key(key(userId)).consistentRead(true)).item();
            if (account.isEmpty()) {
                throw new UnknownUserException(userId);
            }
            long balance = number(account, BALANCE);
            readVersion = number(account, VERSION);
            long newBalance = balance + balance * basisPoints / 10_000;
            if (writeIfStillAt(userId, readVersion, newBalance)) {
                return newBalance;
            }
        }
        throw new VersionConflictException(userId, readVersion);
    }

    private boolean writeIfStillAt(String userId, long readVersion, long newBalance) {
        try {
            ddb.updateItem(request -> request.tableName(tableName)
                    .key(key(userId))
                    .updateExpression("SET #balance = :balance, #version = :next")
                    .conditionExpression("#version = :read")
                    .expressionAttributeNames(names("#balance", "#version"))
                    .expressionAttributeValues(Map.of(":balance", n(newBalance), ":next", n(readVersion + 1),
                            ":read", n(readVersion))));
            return true;
        } catch (ConditionalCheckFailedException someoneElseWroteFirst) {
            return false;
        }
    }

    /** Step 5: a conditional delete; an account holding money survives the attempt. */
    public boolean closeAccount(String userId) {
        try {
            ddb.deleteItem(request -> request.tableName(tableName)
                    .key(key(userId))
                    .conditionExpression("#balance = :zero")
                    .expressionAttributeNames(names("#balance"))
                    .expressionAttributeValues(Map.of(":zero", n(0))));
            return true;
        } catch (ConditionalCheckFailedException notEmptyOrMissing) {
            return false;
        }
    }

    /** Step 6: the refused write hands back the item as it was, which says why it was refused. */
    public long withdraw(String userId, long cents) {
        try {
            Map<String, AttributeValue> updated = ddb.updateItem(request -> request.tableName(tableName)
                    .key(key(userId))
                    .updateExpression("SET #balance = #balance - :amount, #version = #version + :one")
                    .conditionExpression("attribute_exists(#id) AND #balance >= :amount")
                    .expressionAttributeNames(names("#id", "#balance", "#version"))
                    .expressionAttributeValues(Map.of(":amount", n(cents), ":one", n(1)))
                    .returnValues(ReturnValue.UPDATED_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                    .attributes();
            return number(updated, BALANCE);
        } catch (ConditionalCheckFailedException refused) {
            if (!refused.hasItem() || refused.item().isEmpty()) {
                throw new UnknownUserException(userId);
            }
            throw new InsufficientFundsException(userId, cents, number(refused.item(), BALANCE));
        }
    }

    /** Only the placeholders an expression uses: DynamoDB rejects unused expression attribute names. */
    private static Map<String, String> names(String... placeholders) {
        Map<String, String> used = new HashMap<>();
        for (String placeholder : placeholders) {
            used.put(placeholder, NAMES.get(placeholder));
        }
        return used;
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of(USER_ID, s(userId));
    }

    private static long number(Map<String, AttributeValue> item, String attribute) {
        return Long.parseLong(item.get(attribute).n());
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
