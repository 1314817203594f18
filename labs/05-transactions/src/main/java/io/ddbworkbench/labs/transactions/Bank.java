package io.ddbworkbench.labs.transactions;

import io.ddbworkbench.labkit.NotDoneYet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A small bank whose every change of more than one item is a transaction: all of it happens, or none. Each
 * method is one or more steps of the lab (README.adoc): replace its {@code throw new NotDoneYet(...)} with
 * DynamoDB calls through {@link #ddb}. Attribute names and keys come from {@link BankTables}.
 *
 * <p>The rule of the lab: when several items must change together, put every change and every check in one
 * {@code TransactWriteItems}, and read its {@code CancellationReasons} to learn what stopped it.
 */
public final class Bank {
    /**
     * How many times {@link #transfer} sends a transaction that keeps meeting conflicts before it gives up
     * (Step 4).
     */
    public static final int MAX_ATTEMPTS = 6;

    private final DynamoDbClient ddb;
    private final String accountsTable;
    private final String usersTable;

    public Bank(DynamoDbClient ddb, String accountsTable, String usersTable) {
        this.ddb = ddb;
        this.accountsTable = accountsTable;
        this.usersTable = usersTable;
    }

    /**
     * Moves {@code cents} from one account to another: both balances change, or neither does.
     *
     * <p>Step 1: one {@code TransactWriteItems} with two {@code Update} actions on the Accounts table. The debit:
     * {@code SET Balance = Balance - :amount} on the condition {@code Balance >= :amount}; the credit:
     * {@code SET Balance = Balance + :amount} on the condition {@code attribute_exists(AccountId)} (an update
     * would otherwise create a missing account). When either condition fails, the SDK throws
     * {@code TransactionCanceledException} and nothing is written.
     *
     * <p>Step 2: say why. Ask for {@code ReturnValuesOnConditionCheckFailure.ALL_OLD} on both actions; the
     * exception's {@code cancellationReasons()} has one reason per action, in order, each with a
     * {@code code()} and, for a failed condition, the {@code item()} as it was. The debit failed: no item means
     * {@link UnknownAccountException} for {@code fromAccount}, otherwise {@link InsufficientFundsException}
     * with that balance. The credit failed: {@link UnknownAccountException} for {@code toAccount}.
     *
     * <p>Step 3: pass {@code transferId} as the request's {@code ClientRequestToken}, so that sending the same
     * transfer again (a retry after a timeout) moves the money only once.
     *
     * <p>Step 4: a reason with the code {@code TransactionConflict} means another transaction was working on
     * one of the items: wait a little (exponential backoff with jitter) and send the same request again, token
     * included, at most {@link #MAX_ATTEMPTS} times in all; then throw the last
     * {@code TransactionCanceledException}. Never retry a failed condition: it will fail again.
     *
     * @param transferId the caller's id of this transfer, at most 36 characters (a UUID fits)
     */
    public void transfer(String transferId, String fromAccount, String toAccount, long cents) {
        throw new NotDoneYet("Step 1: move money between two accounts in one transaction (TransactWriteItems)");
    }

    /**
     * Step 5: registers a user whose username and email address are both unique, and opens their account.
     *
     * <p>One {@code TransactWriteItems} with three {@code Put} actions: the user
     * ({@code Pk = USER#<username>}, {@code Username}, {@code Email}) and the claim on the address
     * ({@code Pk = EMAIL#<email>}, {@code Username}) in the Users table, each on the condition
     * {@code attribute_not_exists(Pk)}; and the account ({@code AccountId = username}, {@code Balance = 0}) in
     * the Accounts table. Read the cancellation reasons: the first action refused means
     * {@link UsernameTakenException}, the second {@link EmailTakenException}.
     */
    public void register(String username, String email) {
        throw new NotDoneYet("Step 5: claim a username and an email address in one transaction "
                + "(TransactWriteItems + attribute_not_exists)");
    }

    /**
     * Step 6: the balances of several accounts as they stood at one moment, so that they add up even while
     * transfers run.
     *
     * <p>One {@code TransactGetItems} with a {@code Get} per account. Its {@code responses()} come in the order of
     * the request; an account that does not exist has an empty item: leave it out.
     *
     * @return balance in cents by account id
     */
    public Map<String, Long> balances(List<String> accountIds) {
        throw new NotDoneYet("Step 6: read several balances as one snapshot (TransactGetItems)");
    }
}
