package io.ddbworkbench.labs.transactions;

import static io.ddbworkbench.labs.transactions.BankTables.ACCOUNT_ID;
import static io.ddbworkbench.labs.transactions.BankTables.BALANCE;
import static io.ddbworkbench.labs.transactions.BankTables.EMAIL;
import static io.ddbworkbench.labs.transactions.BankTables.PK;
import static io.ddbworkbench.labs.transactions.BankTables.USERNAME;
import static io.ddbworkbench.labs.transactions.BankTables.emailKey;
import static io.ddbworkbench.labs.transactions.BankTables.userKey;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Reference solution of lab 05: each change of several items is one transaction whose conditions guard every
 * item, a refusal is explained from the cancellation reasons alone, and a retry is the same request with the
 * same token, so it can never apply twice.
 */
public final class Bank {
    /** How many times {@link #transfer} sends a transaction that keeps meeting conflicts before it gives up. */
    public static final int MAX_ATTEMPTS = 6;

    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String CONFLICT = "TransactionConflict";
    /** The first wait before a retry; it doubles with each attempt, and a random part of it is taken. */
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(10);
    /** The positions of the actions in a transfer, as its cancellation reasons list them. */
    private static final int DEBIT = 0;
    private static final int CREDIT = 1;
    /** The positions of the actions in a registration. */
    private static final int USER = 0;
    private static final int EMAIL_CLAIM = 1;

    private static final Map<String, String> BALANCE_NAMES = Map.of("#id", ACCOUNT_ID, "#balance", BALANCE);

    private final DynamoDbClient ddb;
    private final String accountsTable;
    private final String usersTable;

    public Bank(DynamoDbClient ddb, String accountsTable, String usersTable) {
        this.ddb = ddb;
        this.accountsTable = accountsTable;
        this.usersTable = usersTable;
    }

    /**
     * Steps 1 to 4. The request is built once and sent as it is on every attempt: with the same token, a retry
     * of a transfer that did go through (its answer lost) changes nothing.
     */
    public void transfer(String transferId, String fromAccount, String toAccount, long cents) {
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
                .clientRequestToken(transferId)
                .transactItems(
                        balanceChange(fromAccount, "SET #balance = #balance - :amount",
                                "attribute_exists(#id) AND #balance >= :amount", cents),
                        balanceChange(toAccount, "SET #balance = #balance + :amount", "attribute_exists(#id)", cents))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                ddb.transactWriteItems(request);
                return;
            } catch (TransactionCanceledException cancelled) {
                List<CancellationReason> reasons = cancelled.cancellationReasons();
                if (!isConflict(reasons)) {
                    throw refusal(reasons, fromAccount, toAccount, cents, cancelled);
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw cancelled;
                }
                backOff(attempt);
            }
        }
    }

    private TransactWriteItem balanceChange(String accountId, String update, String condition, long cents) {
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(accountsTable)
                .key(Map.of(ACCOUNT_ID, s(accountId)))
                .updateExpression(update)
                .conditionExpression(condition)
                .expressionAttributeNames(BALANCE_NAMES)
                .expressionAttributeValues(Map.of(":amount", n(cents)))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .build()).build();
    }

    private static boolean isConflict(List<CancellationReason> reasons) {
        return reasons.stream().anyMatch(reason -> CONFLICT.equals(reason.code()));
    }

    /** Step 2: which action was refused, and the debited account as it was, say everything. */
    private static RuntimeException refusal(List<CancellationReason> reasons, String fromAccount, String toAccount,
                                            long cents, TransactionCanceledException cancelled) {
        CancellationReason debit = reasons.get(DEBIT);
        if (CONDITION_FAILED.equals(debit.code())) {
            if (!debit.hasItem() || debit.item().isEmpty()) {
                return new UnknownAccountException(fromAccount);
            }
            return new InsufficientFundsException(fromAccount, cents, Long.parseLong(debit.item().get(BALANCE).n()));
        }
        if (CONDITION_FAILED.equals(reasons.get(CREDIT).code())) {
            return new UnknownAccountException(toAccount);
        }
        return cancelled;
    }

    /** Exponential backoff with full jitter, so that clients which met the same conflict spread out. */
    private static void backOff(int attempt) {
        long ceiling = FIRST_BACKOFF.toMillis() << (attempt - 1);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transfer", e);
        }
    }

    /** Step 5: a unique attribute other than the key is an item keyed by it, claimed in the same transaction. */
    public void register(String username, String email) {
        try {
            ddb.transactWriteItems(request -> request.transactItems(
                    claim(Map.of(PK, s(userKey(username)), USERNAME, s(username), EMAIL, s(email))),
                    claim(Map.of(PK, s(emailKey(email)), USERNAME, s(username))),
                    TransactWriteItem.builder().put(Put.builder().tableName(accountsTable)
                            .item(Map.of(ACCOUNT_ID, s(username), BALANCE, n(0))).build()).build()));
        } catch (TransactionCanceledException cancelled) {
            List<CancellationReason> reasons = cancelled.cancellationReasons();
            if (CONDITION_FAILED.equals(reasons.get(USER).code())) {
                throw new UsernameTakenException(username);
            }
            if (CONDITION_FAILED.equals(reasons.get(EMAIL_CLAIM).code())) {
                throw new EmailTakenException(email);
            }
            throw cancelled;
        }
    }

    private TransactWriteItem claim(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(usersTable).item(item)
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", PK)).build()).build();
    }

    /** Step 6: one snapshot, so the balances add up whatever transfers run meanwhile. */
    public Map<String, Long> balances(List<String> accountIds) {
        List<TransactGetItem> gets = accountIds.stream()
                .map(id -> TransactGetItem.builder().get(get -> get.tableName(accountsTable)
                        .key(Map.of(ACCOUNT_ID, s(id)))).build())
                .toList();
        List<ItemResponse> responses = ddb.transactGetItems(request -> request.transactItems(gets)).responses();
        Map<String, Long> balances = new LinkedHashMap<>();
        for (int i = 0; i < accountIds.size(); i++) {
            Map<String, AttributeValue> account = responses.get(i).item();
            if (account != null && !account.isEmpty()) {
                balances.put(accountIds.get(i), Long.parseLong(account.get(BALANCE).n()));
            }
        }
        return balances;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
