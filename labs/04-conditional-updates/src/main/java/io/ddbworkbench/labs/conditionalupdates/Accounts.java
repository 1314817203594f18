package io.ddbworkbench.labs.conditionalupdates;

import io.ddbworkbench.labkit.NotDoneYet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * User accounts that stay correct when many clients write at once. Each method is one step of the lab
 * (README.adoc): replace its {@code throw new NotDoneYet(...)} with DynamoDB calls through {@link #ddb}.
 * Attribute names are the constants of {@link AccountsTable}.
 *
 * <p>The rule of the lab: never "read, check in Java, then write". Put the check in the write itself, as a
 * {@code ConditionExpression}, so DynamoDB tests it and applies the write as one atomic step.
 */
public final class Accounts {
    /**
     * How many times {@link #applyInterest} reads and tries again before it gives up (Step 4). Generous because
     * the tests run several writers on one item flat out; with backoff between attempts, fewer would do.
     */
    public static final int MAX_ATTEMPTS = 25;

    private final DynamoDbClient ddb;
    private final String tableName;

    public Accounts(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /**
     * Step 1: opens an account, only if the user id is free.
     *
     * <p>Write the item {@code UserId, Email, Balance = 0, Version = 1} with one {@code PutItem} whose
     * {@code ConditionExpression} is {@code attribute_not_exists(UserId)}. When the id is taken, the SDK throws
     * {@code ConditionalCheckFailedException}: catch it and return false.
     *
     * @return true if the account was created, false if the id was already taken (the existing account is
     *     left exactly as it was)
     */
    public boolean register(String userId, String email) {
        throw new NotDoneYet("Step 1: register a user only if the id is free (PutItem + attribute_not_exists)");
    }

    /**
     * Step 2: counts one more login of an existing user, atomically, and returns the new count.
     *
     * <p>One {@code UpdateItem}: {@code SET LoginCount = if_not_exists(LoginCount, :zero) + :one}, with
     * {@code ReturnValues = UPDATED_NEW} to get the new count back. {@code UpdateItem} creates missing items,
     * so add the condition {@code attribute_exists(UserId)} and turn its failure into
     * {@link UnknownUserException}.
     */
    public long recordLogin(String userId) {
        throw new NotDoneYet("Step 2: count a login with an atomic counter (UpdateItem + if_not_exists)");
    }

    /**
     * Step 3: changes the email, only if the account is still at the version the caller read.
     *
     * <p>One {@code UpdateItem}: {@code SET Email = :email, Version = Version + :one} with the condition
     * {@code Version = :expected}. When the condition fails, throw {@link VersionConflictException}.
     *
     * @return the account's new version
     */
    public long changeEmail(String userId, long expectedVersion, String newEmail) {
        throw new NotDoneYet("Step 3: change the email with optimistic locking (condition Version = :expected)");
    }

    /**
     * Step 4: adds interest to the balance, a change DynamoDB cannot compute itself (an update expression
     * adds and subtracts, it does not multiply), so it is read, computed here, and written back.
     *
     * <p>The new balance is {@code balance + balance * basisPoints / 10_000} (integer division: whole cents,
     * rounded down). Loop: read the item with a strongly consistent {@code GetItem}; compute; write
     * {@code SET Balance = :newBalance, Version = :nextVersion} on condition {@code Version = :readVersion}.
     * If the condition fails, someone wrote in between: go round again, at most {@link #MAX_ATTEMPTS} reads
     * in all, then throw {@link VersionConflictException}. A user with no account is an
     * {@link UnknownUserException}.
     *
     * @param basisPoints hundredths of a percent: 100 is 1%
     * @return the new balance in cents
     */
    public long applyInterest(String userId, int basisPoints) {
        throw new NotDoneYet("Step 4: apply interest with a read-modify-write that retries on conflicts");
    }

    /**
     * Step 5: closes (deletes) an account, but only an empty one.
     *
     * <p>One {@code DeleteItem} with the condition {@code Balance = :zero}.
     *
     * @return true if the account was deleted; false if it still holds money (it is left as it was) or
     *     does not exist
     */
    public boolean closeAccount(String userId) {
        throw new NotDoneYet("Step 5: delete an account only when its balance is zero (conditional DeleteItem)");
    }

    /**
     * Step 6: takes money out, never more than the balance, and explains a refusal without a second read.
     *
     * <p>One {@code UpdateItem}: {@code SET Balance = Balance - :amount, Version = Version + :one} on condition
     * {@code attribute_exists(UserId) AND Balance >= :amount}, with {@code ReturnValues = UPDATED_NEW} and
     * {@code ReturnValuesOnConditionCheckFailure = ALL_OLD}. When the condition fails, the exception's
     * {@code item()} is the account as it was: empty means no account ({@link UnknownUserException}),
     * otherwise its balance was too low ({@link InsufficientFundsException} with that balance).
     *
     * @return the new balance in cents
     */
    public long withdraw(String userId, long cents) {
        throw new NotDoneYet("Step 6: withdraw with a balance condition and ReturnValuesOnConditionCheckFailure");
    }
}
