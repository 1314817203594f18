///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java
//SOURCES support/SampleUsers.java CreateTableDemo.java

import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.toolkit.error.TransactionFailure;
import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.table.TableSpec;
import io.ddbworkbench.toolkit.transact.WriteTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.SampleUsers;
import support.Workbench;

/**
 * Transactions: the original guide's put-and-debit across two tables, a money transfer that either moves
 * the money or changes nothing, the cancellation reasons when the balance is too low, a retry made safe by
 * an idempotency token, a consistent read of both balances, and retrying after a conflict.
 */
public class TransactionsDemo {

    public static void main(String[] args) {
        Demo.main("Transactions: all or nothing across items and tables", TransactionsDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        CreateTableDemo.createUsersTable(bench, say);
        readmeTransaction(bench, say);
        transfer(bench, say);
        insufficientFunds(bench, say);
        idempotentRetry(bench, say);
        retryAfterConflict(bench, say);
    }

    /** Creates the Accounts table with two accounts, unless it exists. */
    private static String accounts(Workbench bench) {
        String accounts = bench.table("Accounts");
        bench.ddb().tables().createIfMissing(TableSpec.builder(accounts)
                .partitionKey("AccountID", ScalarAttributeType.S).build());
        return accounts;
    }

    static void readmeTransaction(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        String accounts = accounts(bench);
        bench.ddb().items().put(accounts, Map.of("AccountID", "acc123", "Owner", SampleUsers.USER, "Balance", 500));
        bench.ddb().items().put(accounts, Map.of("AccountID", "acc456", "Owner", "user1", "Balance", 200));
        say.step("Put a user record and debit an account, together");
        say.why("TransactWriteItems applies up to 100 puts, updates, deletes and condition checks, on any "
                + "tables, all or nothing: either every action happens or none does. Each action may carry a "
                + "condition; a transaction costs twice the capacity of the same writes done singly.");
        say.note("Accounts holds acc123 (Balance 500) and acc456 (Balance 200).");
        Map<String, Object> user = Map.of("UserID", SampleUsers.USER, "Timestamp", "2024-12-21T09:00:00Z",
                "Name", "John Doe", "Balance", 1000);
        say.request("TransactWriteItems",
                "Put " + users + " " + ItemText.plain(user),
                "Update " + accounts + " {AccountID: \"acc123\"} SET Balance = Balance - :amount IF Balance >= "
                        + ":amount  (:amount = 100)");
        // tag::readme-transaction[]
        bench.ddb().transaction()
                .put(users, user)
                .update(accounts, Map.of("AccountID", "acc123"),
                        Expression.of("SET Balance = Balance - :amount", Map.of(":amount", 100)),
                        Condition.attribute("Balance").ge(100))
                .commit();
        // end::readme-transaction[]
        say.result("committed; " + balances(bench, accounts));
    }

    static void transfer(Workbench bench, Narrator say) {
        String accounts = accounts(bench);
        say.step("Transfer 150 from acc123 to acc456");
        say.why("A transfer is two updates that must not be separated: a debit guarded by 'enough money' and a "
                + "credit guarded by 'the account exists'. If either condition fails, neither update happens.");
        say.request("TransactWriteItems",
                "Update " + accounts + " {AccountID: \"acc123\"} SET Balance = Balance - :amount IF Balance >= "
                        + ":amount",
                "Update " + accounts + " {AccountID: \"acc456\"} SET Balance = Balance + :amount IF "
                        + "attribute_exists(AccountID)  (:amount = 150)");
        transferTransaction(bench, accounts, 150).commit();
        say.result("committed; " + balances(bench, accounts));
    }

    /** Moves {@code amount} from acc123 to acc456, only if acc123 can pay and acc456 exists. */
    private static WriteTransaction transferTransaction(Workbench bench, String accounts, int amount) {
        // tag::transfer[]
        return bench.ddb().transaction()
                .update(accounts, Map.of("AccountID", "acc123"),
                        Expression.of("SET Balance = Balance - :amount", Map.of(":amount", amount)),
                        Condition.attribute("Balance").ge(amount))
                .update(accounts, Map.of("AccountID", "acc456"),
                        Expression.of("SET Balance = Balance + :amount", Map.of(":amount", amount)),
                        Condition.attribute("AccountID").exists());
        // end::transfer[]
    }

    static void insufficientFunds(Workbench bench, Narrator say) {
        String accounts = accounts(bench);
        say.step("Transfer 1,000 from acc123, which holds less");
        say.why("The debit's condition fails, so the service cancels the whole transaction: the credit that "
                + "was fine is not applied either. TransactionCanceledException lists one reason per action, in "
                + "order; ReturnValuesOnConditionCheckFailure=ALL_OLD adds the item as it was.");
        say.request("TransactWriteItems: the same two updates with :amount = 1000");
        try {
            transferTransaction(bench, accounts, 1000).commit();
            throw new IllegalStateException("the transfer of 1,000 was expected to be cancelled");
        } catch (TransactionFailure cancelled) {
            say.failure(cancelled);
            // tag::cancellation-reasons[]
            for (TransactionFailure.ActionReason reason : cancelled.reasons()) {
                say.lines(List.of("action " + (reason.index() + 1) + " (" + reason.action() + "): " + reason.code()
                        + ", " + reason.explanation()
                        + (reason.item().isEmpty() ? "" : "; item was " + ItemText.of(reason.item()))));
            }
            // end::cancellation-reasons[]
        }
        say.result("nothing changed; " + balances(bench, accounts));
    }

    static void idempotentRetry(Workbench bench, Narrator say) {
        String accounts = accounts(bench);
        say.step("Send the same transfer twice with one client request token");
        say.why("If a response is lost, the client cannot know whether the transaction happened. Retrying with "
                + "the same ClientRequestToken (within 10 minutes) is safe: the service applies it once and "
                + "answers the retry as a success without applying it again.");
        say.request("TransactWriteItems transfer of 10, ClientRequestToken=transfer-2024-12-21-0001, sent twice");
        for (int send = 0; send < 2; send++) {
            transferTransaction(bench, accounts, 10).idempotencyToken("transfer-2024-12-21-0001").commit();
        }
        say.result("both calls succeeded, the money moved once; " + balances(bench, accounts));
    }

    static void retryAfterConflict(Workbench bench, Narrator say) {
        String accounts = accounts(bench);
        say.step("Retry a transaction that collided with another one");
        say.why("When two transactions touch the same item at once, the service cancels one with the reason "
                + "TransactionConflict. Nothing was written, so retrying after a short pause is safe.");
        if (bench.engine().isEmpty()) {
            say.note("conflicts happen on this backend only under real contention; the transfer simply commits.");
        } else {
            say.note("the embedded engine now cancels the next transaction with a conflict, on purpose.");
        }
        say.request("TransactWriteItems transfer of 5");
        Optional<TransactionFailure> conflict = bench.withFaults(FaultKind.TRANSACTION_CONFLICT, 1.0,
                () -> commitUnlessConflict(transferTransaction(bench, accounts, 5)));
        if (conflict.isEmpty()) {
            say.result("committed at the first attempt; " + balances(bench, accounts));
            return;
        }
        say.failure(conflict.get());
        say.request("the same TransactWriteItems again, after a short pause");
        pause(Duration.ofMillis(50));
        transferTransaction(bench, accounts, 5).commit();
        say.result("committed at the second attempt; " + balances(bench, accounts));
    }

    /** Commits, or returns the cancellation when it was only a conflict with another transaction. */
    private static Optional<TransactionFailure> commitUnlessConflict(WriteTransaction transaction) {
        try {
            transaction.commit();
            return Optional.empty();
        } catch (TransactionFailure cancelled) {
            if (cancelled.reasons().stream().noneMatch(reason -> "TransactionConflict".equals(reason.code()))) {
                throw cancelled;
            }
            return Optional.of(cancelled);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pausing before a retry", e);
        }
    }

    /** Both balances, read together in one TransactGetItems: a consistent snapshot. */
    private static String balances(Workbench bench, String accounts) {
        List<TransactGetItem> gets = Stream.of("acc123", "acc456")
                .map(account -> TransactGetItem.builder().get(get -> get.tableName(accounts)
                        .key(Map.of("AccountID", AttributeValue.fromS(account)))).build())
                .collect(Collectors.toList());
        List<ItemResponse> items = bench.client().transactGetItems(request -> request.transactItems(gets)).responses();
        return items.stream()
                .map(item -> item.item().get("AccountID").s() + " " + item.item().get("Balance").n())
                .collect(Collectors.joining(", ", "balances (TransactGetItems) ", ""));
    }
}
