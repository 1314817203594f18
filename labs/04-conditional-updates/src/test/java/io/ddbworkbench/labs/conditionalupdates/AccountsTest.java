package io.ddbworkbench.labs.conditionalupdates;

import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.BALANCE;
import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.EMAIL;
import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.LOGIN_COUNT;
import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.USER_ID;
import static io.ddbworkbench.labs.conditionalupdates.AccountsTable.VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Lab 04: the specification of {@link Accounts}, one step at a time. Each test uses its own user ids, so
 * every step passes or fails on its own.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 04: conditional updates")
class AccountsTest {
    private final DynamoDbClient ddb;
    private final String table;

    AccountsTest(DynamoDbClient ddb, TableNamespace tables) {
        this.ddb = ddb;
        this.table = tables.table("Accounts");
    }

    @BeforeAll
    void createTable() {
        AccountsTable.create(ddb, table);
    }

    // ---- Step 1: create if absent -------------------------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: opens an account with one conditional PutItem: balance 0, version 1")
    void registersAFreeUserId() {
        RequestLog log = RequestLog.around(ddb);

        boolean created = accounts(log).register("ada", "ada@example.com");

        assertThat(created).as("register(\"ada\", ...) on a free id should return true").isTrue();
        assertThat(stored("ada")).as("the item register wrote for ada")
                .containsEntry(EMAIL, s("ada@example.com"))
                .containsEntry(BALANCE, n(0))
                .containsEntry(VERSION, n(1))
                .doesNotContainKey(LOGIN_COUNT);
        assertThat(log.operations()).as("register should send one PutItem and nothing else: a GetItem first, to "
                + "see if the id is free, races with a registration that lands between your read and your write")
                .containsExactly("PutItem");
        assertThat(log.requests(PutItemRequest.class).get(0).conditionExpression())
                .as("the PutItem needs a ConditionExpression that refuses an existing item, "
                        + "attribute_not_exists(UserId); without one PutItem silently replaces the account")
                .contains("attribute_not_exists");
    }

    @Test
    @Order(12)
    @DisplayName("Step 1: refuses a taken user id and leaves the first owner's account untouched")
    void refusesATakenUserId() {
        Map<String, AttributeValue> bob = givenAccount("bob", 700, 4);

        boolean created = accounts().register("bob", "mallory@example.com");

        assertThat(created).as("register on a taken id should return false (catch "
                + "ConditionalCheckFailedException)").isFalse();
        assertThat(stored("bob")).as("bob's account after someone else tried to register his id: a PutItem "
                + "without the condition replaced the whole item").isEqualTo(bob);
    }

    @Test
    @Order(13)
    @DisplayName("Step 1: lets exactly one of 8 simultaneous registrations of one id win")
    void oneOfManySimultaneousRegistrationsWins() {
        List<Boolean> outcomes = Concurrently.run(8, 1, (thread, round) ->
                accounts().register("cy", "cy-" + thread + "@example.com"));

        assertThat(outcomes).as("what register returned to 8 threads racing for the id cy").containsOnlyOnce(true);
        assertThat(outcomes).filteredOn(created -> !created).hasSize(7);
    }

    // ---- Step 2: atomic counter ---------------------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: counts logins 1, 2, 3 with UpdateItem alone, no read")
    void countsLogins() {
        givenAccount("dee", 0, 1);
        RequestLog log = RequestLog.around(ddb);
        Accounts accounts = accounts(log);

        List<Long> counts = List.of(accounts.recordLogin("dee"), accounts.recordLogin("dee"),
                accounts.recordLogin("dee"));

        assertThat(counts).as("the counts recordLogin returned (ReturnValues = UPDATED_NEW hands back the new "
                + "value)").containsExactly(1L, 2L, 3L);
        assertThat(stored("dee")).containsEntry(LOGIN_COUNT, n(3));
        assertThat(log.operations()).as("an atomic counter is one UpdateItem per login; reading the count "
                + "first and writing count + 1 loses logins when two arrive together")
                .containsExactly("UpdateItem", "UpdateItem", "UpdateItem");
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: refuses to count a login for a user with no account, and creates no item")
    void refusesToCountAnUnknownUser() {
        Throwable thrown = catchThrowable(() -> accounts().recordLogin("nobody-2"));

        assertThat(stored("nobody-2")).as("UpdateItem creates the item when none exists; guard it with "
                + "attribute_exists(UserId) or it invents an account with only a LoginCount").isEmpty();
        assertThat(thrown).as("recordLogin for a user with no account should throw UnknownUserException")
                .isInstanceOf(UnknownUserException.class);
    }

    @Test
    @Order(23)
    @DisplayName("Step 2: loses no login when 8 threads count 25 logins each at once")
    void losesNoLoginUnderConcurrency() {
        givenAccount("eve", 0, 1);

        List<Long> counts = Concurrently.run(8, 25, (thread, round) -> accounts().recordLogin("eve"));

        assertThat(stored("eve")).as("eve's LoginCount after 200 logins from 8 threads")
                .containsEntry(LOGIN_COUNT, n(200));
        assertThat(counts).as("every login should get its own count back, 1 to 200").doesNotHaveDuplicates();
    }

    // ---- Step 3: optimistic locking -----------------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: changes the email when the version matches, and moves the version on")
    void changesTheEmailAtTheExpectedVersion() {
        givenAccount("fay", 0, 3);
        RequestLog log = RequestLog.around(ddb);

        long newVersion = accounts(log).changeEmail("fay", 3, "fay@new.example.com");

        assertThat(newVersion).as("the version changeEmail returned").isEqualTo(4);
        assertThat(stored("fay")).containsEntry(EMAIL, s("fay@new.example.com")).containsEntry(VERSION, n(4));
        assertThat(log.operations()).as("the version check belongs in the UpdateItem's condition, not in a "
                + "read before it").containsExactly("UpdateItem");
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: refuses a stale version with VersionConflictException and changes nothing")
    void refusesAStaleVersion() {
        Map<String, AttributeValue> gus = givenAccount("gus", 0, 5);

        Throwable thrown = catchThrowable(() -> accounts().changeEmail("gus", 4, "gus@stale.example.com"));

        assertThat(thrown).as("changeEmail expecting version 4 of an account at version 5 should throw "
                + "VersionConflictException; without the condition Version = :expected it overwrites a newer change")
                .isInstanceOf(VersionConflictException.class);
        assertThat(((VersionConflictException) thrown).expectedVersion()).isEqualTo(4);
        assertThat(stored("gus")).as("gus's account after the refused write").isEqualTo(gus);
    }

    // ---- Step 4: read-modify-write with retries -----------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: applies interest with a strongly consistent read and a version-checked write")
    void appliesInterest() {
        givenAccount("hal", 10_000, 1);
        RequestLog log = RequestLog.around(ddb);

        long balance = accounts(log).applyInterest("hal", 100);

        assertThat(balance).as("10000 cents plus 1% interest").isEqualTo(10_100);
        assertThat(stored("hal")).containsEntry(BALANCE, n(10_100)).containsEntry(VERSION, n(2));
        assertThat(log.operations()).containsExactly("GetItem", "UpdateItem");
        assertThat(log.requests(GetItemRequest.class).get(0).consistentRead())
                .as("read with ConsistentRead = true: an eventually consistent read may return an older "
                        + "version, and every write based on it would be refused")
                .isTrue();
        assertThat(log.requests(UpdateItemRequest.class).get(0).conditionExpression())
                .as("the write needs the condition Version = :readVersion").isNotBlank();
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: when another write lands between read and write, reads again and applies to the new balance")
    void retriesAfterAConflict() {
        givenAccount("ida", 10_000, 1);
        AtomicBoolean meddled = new AtomicBoolean();
        RequestLog log = RequestLog.around(ddb).afterEach(GetItemRequest.class, read -> {
            if (meddled.compareAndSet(false, true)) {
                depositBehindTheBack("ida", 1);
            }
        });

        long balance = accounts(log).applyInterest("ida", 100);

        assertThat(balance).as("interest on 10001 cents (another client deposited 1 cent after your first read); "
                + "10100 means the other deposit was lost").isEqualTo(10_101);
        assertThat(stored("ida")).containsEntry(BALANCE, n(10_101)).containsEntry(VERSION, n(3));
        assertThat(log.operations()).as("read, refused write, read again, write")
                .containsExactly("GetItem", "UpdateItem", "GetItem", "UpdateItem");
    }

    @Test
    @Order(43)
    @DisplayName("Step 4: gives up with VersionConflictException after MAX_ATTEMPTS conflicts in a row")
    void givesUpAfterMaxAttempts() {
        givenAccount("jay", 10_000, 1);
        RequestLog log = RequestLog.around(ddb).afterEach(GetItemRequest.class,
                read -> depositBehindTheBack("jay", 1));

        Throwable thrown = catchThrowable(() -> accounts(log).applyInterest("jay", 100));

        assertThat(thrown).as("applyInterest should throw VersionConflictException when every attempt meets a "
                + "conflict (a loop without a limit never ends under a steady stream of other writes)")
                .isInstanceOf(VersionConflictException.class);
        assertThat(log.requests(GetItemRequest.class)).as("reads before giving up: Accounts.MAX_ATTEMPTS")
                .hasSize(Accounts.MAX_ATTEMPTS);
        assertThat(stored("jay")).as("only the other client's deposits landed")
                .containsEntry(BALANCE, n(10_000 + Accounts.MAX_ATTEMPTS));
    }

    @Test
    @Order(44)
    @DisplayName("Step 4: reports a user with no account as UnknownUserException")
    void interestForAnUnknownUser() {
        Throwable thrown = catchThrowable(() -> accounts().applyInterest("nobody-4", 100));

        assertThat(thrown).as("applyInterest for a user with no account should throw UnknownUserException (the "
                + "consistent read finds no item)").isInstanceOf(UnknownUserException.class);
        assertThat(stored("nobody-4")).isEmpty();
    }

    @Test
    @Order(45)
    @DisplayName("Step 4: loses no update when 3 threads apply interest 5 times each at once")
    void losesNoInterestUnderConcurrency() {
        givenAccount("kai", 10_000, 1);

        Concurrently.run(3, 5, (thread, round) -> accounts().applyInterest("kai", 100));

        long expected = 10_000;
        for (int i = 0; i < 15; i++) {
            expected += expected * 100 / 10_000;
        }
        assertThat(stored("kai")).as("kai's account after 15 applications of 1% from 3 threads; a lower "
                + "balance means some applications overwrote others")
                .containsEntry(BALANCE, n(expected)).containsEntry(VERSION, n(16));
    }

    // ---- Step 5: conditional delete -----------------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: closes an account whose balance is zero")
    void closesAnEmptyAccount() {
        givenAccount("lou", 0, 2);
        RequestLog log = RequestLog.around(ddb);

        boolean closed = accounts(log).closeAccount("lou");

        assertThat(closed).as("closeAccount on an empty account").isTrue();
        assertThat(stored("lou")).as("lou's account after closing").isEmpty();
        assertThat(log.operations()).containsExactly("DeleteItem");
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: refuses to close an account that still holds money")
    void keepsAnAccountWithMoney() {
        Map<String, AttributeValue> mo = givenAccount("mo", 500, 2);

        boolean closed = accounts().closeAccount("mo");

        assertThat(closed).as("closeAccount on an account holding 500 cents").isFalse();
        assertThat(stored("mo")).as("a DeleteItem without the condition Balance = :zero deleted 500 cents")
                .isEqualTo(mo);
    }

    // ---- Step 6: ReturnValuesOnConditionCheckFailure ------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: withdraws when the balance covers it, in one UpdateItem")
    void withdraws() {
        givenAccount("ned", 500, 2);
        RequestLog log = RequestLog.around(ddb);

        long balance = accounts(log).withdraw("ned", 200);

        assertThat(balance).as("500 - 200 cents").isEqualTo(300);
        assertThat(stored("ned")).as("the balance changed, so the version moves on too (Step 4's "
                + "read-modify-write relies on every writer doing so)")
                .containsEntry(BALANCE, n(300)).containsEntry(VERSION, n(3));
        assertThat(log.operations()).containsExactly("UpdateItem");
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: refuses an overdraft and reports the balance from the failed write, with no second read")
    void refusesAnOverdraft() {
        Map<String, AttributeValue> oz = givenAccount("oz", 500, 2);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> accounts(log).withdraw("oz", 800));

        assertThat(thrown).as("withdrawing 800 cents from 500 should throw InsufficientFundsException")
                .isInstanceOf(InsufficientFundsException.class);
        InsufficientFundsException refused = (InsufficientFundsException) thrown;
        assertThat(refused.availableCents()).as("the available balance the exception reports").isEqualTo(500);
        assertThat(refused.requestedCents()).isEqualTo(800);
        assertThat(stored("oz")).isEqualTo(oz);
        assertThat(log.operations()).as("the refused UpdateItem already carries the item as it was "
                + "(ReturnValuesOnConditionCheckFailure = ALL_OLD): no GetItem needed to explain the refusal")
                .containsExactly("UpdateItem");
        assertThat(log.requests(UpdateItemRequest.class).get(0).returnValuesOnConditionCheckFailure())
                .isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    @Test
    @Order(63)
    @DisplayName("Step 6: tells a user with no account apart from an empty purse, from the same failed write")
    void withdrawFromAnUnknownUser() {
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> accounts(log).withdraw("nobody-6", 100));

        assertThat(thrown).as("withdrawing from a user with no account should throw UnknownUserException: the "
                + "failed write's item() is empty").isInstanceOf(UnknownUserException.class);
        assertThat(stored("nobody-6")).isEmpty();
        assertThat(log.operations()).containsExactly("UpdateItem");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Accounts accounts() {
        return new Accounts(ddb, table);
    }

    private Accounts accounts(RequestLog log) {
        return new Accounts(log.client(), table);
    }

    /** Writes an account directly (not through the code under test) and returns the item as stored. */
    private Map<String, AttributeValue> givenAccount(String userId, long balanceCents, long version) {
        Map<String, AttributeValue> item = Map.of(USER_ID, s(userId), EMAIL, s(userId + "@example.com"),
                BALANCE, n(balanceCents), VERSION, n(version));
        ddb.putItem(request -> request.tableName(table).item(item));
        return item;
    }

    /** Another client's deposit, played between the code's read and its write. */
    private void depositBehindTheBack(String userId, long cents) {
        ddb.updateItem(request -> request.tableName(table).key(Map.of(USER_ID, s(userId)))
                .updateExpression("SET #balance = #balance + :cents, #version = #version + :one")
                .expressionAttributeNames(Map.of("#balance", BALANCE, "#version", VERSION))
                .expressionAttributeValues(Map.of(":cents", n(cents), ":one", n(1))));
    }

    /** The item as stored now (strongly consistent), empty when there is none. */
    private Map<String, AttributeValue> stored(String userId) {
        return ddb.getItem(request -> request.tableName(table).key(Map.of(USER_ID, s(userId))).consistentRead(true))
                .item();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
