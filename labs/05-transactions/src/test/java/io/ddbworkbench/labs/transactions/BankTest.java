package io.ddbworkbench.labs.transactions;

import static io.ddbworkbench.labs.transactions.BankTables.ACCOUNT_ID;
import static io.ddbworkbench.labs.transactions.BankTables.BALANCE;
import static io.ddbworkbench.labs.transactions.BankTables.EMAIL;
import static io.ddbworkbench.labs.transactions.BankTables.PK;
import static io.ddbworkbench.labs.transactions.BankTables.USERNAME;
import static io.ddbworkbench.labs.transactions.BankTables.emailKey;
import static io.ddbworkbench.labs.transactions.BankTables.userKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.fault.FaultInjector;
import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.TableNamespace;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Lab 05: the specification of {@link Bank}, one step at a time. Each test uses its own accounts and users, so
 * every step passes or fails on its own. Two tests of Step 4 turn on the embedded engine's injected
 * transaction conflicts, seeded, and run only there.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 05: transactions")
class BankTest {
    private final DynamoDbClient ddb;
    private final String accounts;
    private final String users;

    BankTest(DynamoDbClient ddb, TableNamespace tables) {
        this.ddb = ddb;
        this.accounts = tables.table("Accounts");
        this.users = tables.table("Users");
    }

    @BeforeAll
    void createTables() {
        BankTables.create(ddb, accounts, users);
    }

    // ---- Step 1: a transfer -------------------------------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: moves money between two accounts with one TransactWriteItems of two updates")
    void movesMoney() {
        givenAccount("ada", 1000);
        givenAccount("bob", 0);
        RequestLog log = RequestLog.around(ddb);

        bank(log).transfer("t-1a", "ada", "bob", 300);

        assertThat(balanceOf("ada")).as("ada's balance after sending 300 of her 1000 cents").isEqualTo(700);
        assertThat(balanceOf("bob")).as("bob's balance after receiving 300 cents").isEqualTo(300);
        assertThat(log.operations()).as("one TransactWriteItems: two separate UpdateItems can leave the money "
                + "debited and never credited when the second fails").containsExactly("TransactWriteItems");
        assertThat(log.requests(TransactWriteItemsRequest.class).get(0).transactItems())
                .as("the transaction's actions: an Update of each account")
                .hasSize(2).allSatisfy(action -> assertThat(action.update()).isNotNull());
    }

    @Test
    @Order(12)
    @DisplayName("Step 1: changes neither account when the debit would go below zero")
    void movesNothingWhenTheBalanceIsShort() {
        givenAccount("cy", 100);
        givenAccount("dee", 50);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> bank(log).transfer("t-1b", "cy", "dee", 500));

        assertThat(thrown).as("a transfer of 500 from 100 cents should be refused: the transaction is cancelled "
                + "(TransactionCanceledException; from Step 2 on, InsufficientFundsException)")
                .isInstanceOfAny(TransactionCanceledException.class, InsufficientFundsException.class);
        assertThat(log.operations()).as("the requests of a transfer refused by its condition: one "
                + "TransactWriteItems, sent once").containsExactly("TransactWriteItems");
        assertThat(balanceOf("cy")).as("cy's balance after a refused transfer of 500 from her 100 cents; a debit "
                + "without the condition Balance >= :amount goes negative").isEqualTo(100);
        assertThat(balanceOf("dee")).as("dee's balance after the refused transfer: the credit is cancelled with "
                + "the debit").isEqualTo(50);
    }

    // ---- Step 2: cancellation reasons ---------------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: reports a short balance from the cancellation reason, with no extra read")
    void reportsInsufficientFunds() {
        givenAccount("eve", 250);
        givenAccount("fay", 0);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> bank(log).transfer("t-2a", "eve", "fay", 400));

        assertThat(thrown).as("a transfer of 400 from 250 cents should throw InsufficientFundsException (the "
                + "debit's cancellation reason is ConditionalCheckFailed)")
                .isInstanceOf(InsufficientFundsException.class);
        InsufficientFundsException refused = (InsufficientFundsException) thrown;
        assertThat(refused.accountId()).isEqualTo("eve");
        assertThat(refused.requestedCents()).isEqualTo(400);
        assertThat(refused.availableCents()).as("the balance the exception reports: the reason's item() holds it "
                + "when the action asks for ReturnValuesOnConditionCheckFailure ALL_OLD").isEqualTo(250);
        assertThat(log.operations()).as("the refused transaction already says why: no GetItem after it")
                .containsExactly("TransactWriteItems");
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: refuses a transfer to an account that does not exist, and debits nothing")
    void refusesAnUnknownDestination() {
        givenAccount("gus", 900);

        Throwable thrown = catchThrowable(() -> bank().transfer("t-2b", "gus", "nobody-2b", 100));

        assertThat(thrown).as("a transfer to an account that does not exist should throw UnknownAccountException "
                + "(the credit's reason is ConditionalCheckFailed)").isInstanceOf(UnknownAccountException.class);
        assertThat(((UnknownAccountException) thrown).accountId()).as("the account the exception names")
                .isEqualTo("nobody-2b");
        assertThat(balanceOf("gus")).as("gus's balance: the debit is cancelled with the credit").isEqualTo(900);
        assertThat(stored(accounts, ACCOUNT_ID, "nobody-2b")).as("an Update without attribute_exists(AccountId) "
                + "creates the missing account").isEmpty();
    }

    @Test
    @Order(23)
    @DisplayName("Step 2: refuses a transfer from an account that does not exist")
    void refusesAnUnknownSource() {
        givenAccount("hal", 0);

        Throwable thrown = catchThrowable(() -> bank().transfer("t-2c", "nobody-2c", "hal", 100));

        assertThat(thrown).as("a transfer from an account that does not exist should throw UnknownAccountException "
                + "(the debit's reason has no item)").isInstanceOf(UnknownAccountException.class);
        assertThat(((UnknownAccountException) thrown).accountId()).isEqualTo("nobody-2c");
        assertThat(balanceOf("hal")).isZero();
    }

    // ---- Step 3: idempotency ------------------------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: moves the money once when the same transfer is sent twice")
    void appliesARepeatedTransferOnce() {
        givenAccount("ida", 1000);
        givenAccount("jay", 0);
        RequestLog log = RequestLog.around(ddb);
        Bank bank = bank(log);

        bank.transfer("t-3a", "ida", "jay", 400);
        bank.transfer("t-3a", "ida", "jay", 400);

        assertThat(balanceOf("ida")).as("ida's balance after transfer t-3a of 400 was sent twice (a retry after "
                + "a timeout): 200 means it was applied twice").isEqualTo(600);
        assertThat(balanceOf("jay")).isEqualTo(400);
        assertThat(log.requests(TransactWriteItemsRequest.class))
                .extracting(TransactWriteItemsRequest::clientRequestToken)
                .as("the ClientRequestToken of each request: the transfer id").containsExactly("t-3a", "t-3a");
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: refuses a transfer id used before for a different transfer")
    void refusesAReusedTransferId() {
        givenAccount("kai", 1000);
        givenAccount("lou", 0);
        Bank bank = bank();
        bank.transfer("t-3b", "kai", "lou", 100);

        Throwable thrown = catchThrowable(() -> bank.transfer("t-3b", "kai", "lou", 250));

        assertThat(thrown).as("a second transfer with the id t-3b but another amount: the service refuses a token "
                + "reused with a different request within 10 minutes")
                .isInstanceOf(IdempotentParameterMismatchException.class);
        assertThat(balanceOf("kai")).as("kai's balance: only the first transfer of 100 happened").isEqualTo(900);
    }

    // ---- Step 4: retry conflicts --------------------------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: completes every transfer when some meet a TransactionConflict, by sending them again")
    void retriesConflicts(DynamoDbEngine engine) {
        givenAccount("mo", 10_000);
        givenAccount("ned", 0);
        RequestLog log = RequestLog.around(ddb);
        Bank bank = bank(log);

        withConflicts(engine, 0.3, () -> {
            for (int i = 1; i <= 10; i++) {
                bank.transfer("t-4a-" + i, "mo", "ned", 100);
            }
        });

        assertThat(balanceOf("ned")).as("ned's balance after 10 transfers of 100 cents, some of which met an "
                + "injected TransactionConflict; less means a transfer gave up (or threw) at its first conflict")
                .isEqualTo(1_000);
        assertThat(balanceOf("mo")).isEqualTo(9_000);
        assertThat(log.requests(TransactWriteItemsRequest.class)).as("the transactions sent: more than 10, since "
                + "conflicts were retried").hasSizeGreaterThan(10);
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: gives up after MAX_ATTEMPTS conflicts in a row and throws the cancellation")
    void givesUpAfterMaxAttempts(DynamoDbEngine engine) {
        givenAccount("oz", 500);
        givenAccount("pat", 0);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> withConflicts(engine, 1.0,
                () -> bank(log).transfer("t-4b", "oz", "pat", 100)));

        assertThat(thrown).as("a transfer whose every attempt meets a conflict should end by throwing the last "
                + "TransactionCanceledException").isInstanceOf(TransactionCanceledException.class);
        assertThat(log.requests(TransactWriteItemsRequest.class)).as("the transactions sent before giving up: "
                + "Bank.MAX_ATTEMPTS; a loop without a limit never ends under lasting contention")
                .hasSize(Bank.MAX_ATTEMPTS);
        assertThat(balanceOf("oz")).isEqualTo(500);
    }

    @Test
    @Order(43)
    @DisplayName("Step 4: does not retry a failed condition")
    void doesNotRetryAFailedCondition() {
        givenAccount("quinn", 50);
        givenAccount("ray", 0);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> bank(log).transfer("t-4c", "quinn", "ray", 80));

        assertThat(thrown).isInstanceOf(InsufficientFundsException.class);
        assertThat(log.requests(TransactWriteItemsRequest.class)).as("the transactions sent for a transfer refused "
                + "by its condition: one; a condition that failed fails again, only a TransactionConflict is "
                + "worth retrying").hasSize(1);
    }

    // ---- Step 5: unique username and email ----------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: registers a user, claims the email address and opens the account in one transaction")
    void registersAUser() {
        RequestLog log = RequestLog.around(ddb);

        bank(log).register("sam", "sam@example.com");

        assertThat(stored(users, PK, userKey("sam"))).as("sam's user item")
                .containsEntry(USERNAME, s("sam")).containsEntry(EMAIL, s("sam@example.com"));
        assertThat(stored(users, PK, emailKey("sam@example.com"))).as("the item claiming sam@example.com")
                .containsEntry(USERNAME, s("sam"));
        assertThat(balanceOf("sam")).as("sam's new account").isZero();
        assertThat(log.operations()).containsExactly("TransactWriteItems");
        List<TransactWriteItem> actions = log.requests(TransactWriteItemsRequest.class).get(0).transactItems();
        assertThat(actions).as("the actions: three Puts (the user, the email claim, the account)").hasSize(3)
                .allSatisfy(action -> assertThat(action.put()).isNotNull());
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: refuses a taken username and leaves the new email address free")
    void refusesATakenUsername() {
        bank().register("tia", "tia@example.com");

        Throwable thrown = catchThrowable(() -> bank().register("tia", "impostor@example.com"));

        assertThat(thrown).as("registering the username tia a second time should throw UsernameTakenException "
                + "(the first action's reason is ConditionalCheckFailed)").isInstanceOf(UsernameTakenException.class);
        assertThat(stored(users, PK, userKey("tia"))).as("tia's user item, untouched")
                .containsEntry(EMAIL, s("tia@example.com"));
        assertThat(stored(users, PK, emailKey("impostor@example.com"))).as("the claim on the refused user's "
                + "address: the transaction was cancelled, so it must not exist").isEmpty();
    }

    @Test
    @Order(53)
    @DisplayName("Step 5: refuses an email address another user has, and creates neither user nor account")
    void refusesATakenEmail() {
        bank().register("uma", "shared@example.com");

        Throwable thrown = catchThrowable(() -> bank().register("vic", "shared@example.com"));

        assertThat(thrown).as("registering vic with uma's address should throw EmailTakenException (the second "
                + "action's reason is ConditionalCheckFailed)").isInstanceOf(EmailTakenException.class);
        assertThat(stored(users, PK, userKey("vic"))).as("vic's user item: none, the transaction was cancelled")
                .isEmpty();
        assertThat(stored(accounts, ACCOUNT_ID, "vic")).as("vic's account: none").isEmpty();
        assertThat(stored(users, PK, emailKey("shared@example.com"))).as("the address still belongs to uma")
                .containsEntry(USERNAME, s("uma"));
    }

    // ---- Step 6: a snapshot read --------------------------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: reads several balances with one TransactGetItems, leaving out unknown accounts")
    void readsBalances() {
        givenAccount("wes", 120);
        givenAccount("xia", 80);
        RequestLog log = RequestLog.around(ddb);

        Map<String, Long> balances = bank(log).balances(List.of("wes", "nobody-6", "xia"));

        assertThat(balances).as("the balances of wes, nobody-6 (no account) and xia")
                .containsExactlyInAnyOrderEntriesOf(Map.of("wes", 120L, "xia", 80L));
        assertThat(log.operations()).as("one TransactGetItems for all the accounts, not a GetItem each")
                .containsExactly("TransactGetItems");
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: sees balances that add up while a transfer lands between two reads")
    void readsOneMoment() {
        givenAccount("yan", 500);
        givenAccount("zoe", 500);
        AtomicBoolean moved = new AtomicBoolean();
        RequestLog log = RequestLog.around(ddb).afterEach(GetItemRequest.class, read -> {
            if (moved.compareAndSet(false, true)) {
                transferBehindTheBack("yan", "zoe", 200);
            }
        });

        Map<String, Long> balances = bank(log).balances(List.of("yan", "zoe"));

        assertThat(balances.values().stream().mapToLong(Long::longValue).sum()).as("yan's and zoe's balances "
                + "added up: always 1000, since transfers only move money; separate GetItems can see yan before "
                + "and zoe after a transfer that lands between them").isEqualTo(1000);
        assertThat(log.operations()).containsExactly("TransactGetItems");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Bank bank() {
        return new Bank(ddb, accounts, users);
    }

    private Bank bank(RequestLog log) {
        return new Bank(log.client(), accounts, users);
    }

    /** Runs {@code body} while the engine cancels this fraction of transactions with a conflict (seeded). */
    private static void withConflicts(DynamoDbEngine engine, double rate, Runnable body) {
        FaultInjector faults = engine.context().faults();
        faults.seed(5).rate(FaultKind.TRANSACTION_CONFLICT, rate);
        try {
            body.run();
        } finally {
            faults.rate(FaultKind.TRANSACTION_CONFLICT, 0);
        }
    }

    private void givenAccount(String accountId, long cents) {
        ddb.putItem(request -> request.tableName(accounts).item(Map.of(ACCOUNT_ID, s(accountId), BALANCE, n(cents))));
    }

    /** Another client's transfer, played between the code's reads. */
    private void transferBehindTheBack(String from, String to, long cents) {
        ddb.transactWriteItems(request -> request.transactItems(
                TransactWriteItem.builder().update(update -> update.tableName(accounts)
                        .key(Map.of(ACCOUNT_ID, s(from)))
                        .updateExpression("SET #balance = #balance - :cents")
                        .expressionAttributeNames(Map.of("#balance", BALANCE))
                        .expressionAttributeValues(Map.of(":cents", n(cents)))).build(),
                TransactWriteItem.builder().update(update -> update.tableName(accounts)
                        .key(Map.of(ACCOUNT_ID, s(to)))
                        .updateExpression("SET #balance = #balance + :cents")
                        .expressionAttributeNames(Map.of("#balance", BALANCE))
                        .expressionAttributeValues(Map.of(":cents", n(cents)))).build()));
    }

    private long balanceOf(String accountId) {
        Map<String, AttributeValue> account = stored(accounts, ACCOUNT_ID, accountId);
        assertThat(account).as("the account " + accountId).isNotEmpty();
        return Long.parseLong(account.get(BALANCE).n());
    }

    /** The item as stored now (strongly consistent), empty when there is none. */
    private Map<String, AttributeValue> stored(String table, String keyAttribute, String key) {
        return ddb.getItem(request -> request.tableName(table).key(Map.of(keyAttribute, s(key))).consistentRead(true))
                .item();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
