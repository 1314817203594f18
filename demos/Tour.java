///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java
//SOURCES support/SampleUsers.java CreateTableDemo.java CrudDemo.java BatchWriteDemo.java QueryDemo.java
//SOURCES ScanDemo.java UpdateDemo.java TransactionsDemo.java TtlDemo.java TimeSeriesDemo.java
//SOURCES SingleTableDemo.java LeaderboardDemo.java CostDemo.java

import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.SampleUsers;
import support.Workbench;

/**
 * The whole walkthrough of the original guide, end to end, on one DynamoDB: create the Users table with its
 * indexes, stream and TTL; insert one user and a batch; get, query by key, by sort-key prefix, on the email
 * index and with a filter; scan; update, lock optimistically, count; delete one and a batch; a transaction;
 * TTL; the time-series, single-table and leaderboard patterns; what things cost; and the common errors,
 * provoked on purpose, each with its usual fix. Every step says what it does and why, what it sent and what
 * came back.
 */
public class Tour {

    public static void main(String[] args) {
        Demo.main("DynamoDB Learning Workbench: the Tour", Tour::run);
    }

    static void run(Workbench bench, Narrator say) {
        say.why("This tour runs the original guide's walkthrough from start to finish. Each numbered step "
                + "says what it does and why, the essentials of the request it sends, and what came back. The "
                + "demos in demos/ show each feature in more depth.");
        say.part("Create a table with indexes, a stream and TTL");
        CreateTableDemo.createUsersTable(bench, say);
        CreateTableDemo.describeUsersTable(bench, say);

        say.part("Insert data");
        CrudDemo.insertUser(bench, say);
        BatchWriteDemo.batchInsertUsers(bench, say);

        say.part("Retrieve data");
        CrudDemo.getUser(bench, say);
        QueryDemo.byPartitionKey(bench, say);
        QueryDemo.bySortKeyPrefix(bench, say);
        QueryDemo.onEmailIndex(bench, say);
        QueryDemo.withFilter(bench, say);
        ScanDemo.scanWithFilter(bench, say);

        say.part("Update data");
        UpdateDemo.simpleUpdate(bench, say);
        UpdateDemo.conditionalUpdate(bench, say);
        UpdateDemo.counter(bench, say);

        say.part("Delete data");
        CrudDemo.deleteUser(bench, say);
        BatchWriteDemo.batchDeleteUsers(bench, say);

        say.part("Transactions");
        TransactionsDemo.readmeTransaction(bench, say);
        TransactionsDemo.insufficientFunds(bench, say);

        say.part("Time to live");
        TtlDemo.enableTtl(bench, say);
        TtlDemo.writeSessions(bench, say);
        TtlDemo.expiredItemsUntilDeleted(bench, say);
        TtlDemo.timePasses(bench, say);

        say.part("Pattern: time series");
        TimeSeriesDemo.run(bench, say);

        say.part("Pattern: single-table design");
        SingleTableDemo.run(bench, say);

        say.part("Pattern: leaderboard");
        LeaderboardDemo.run(bench, say);

        say.part("Cost");
        CostDemo.billingModes(bench, say);
        CostDemo.monthlyEstimate(say);
        CostDemo.eventuallyConsistentReads(say);
        TtlDemo.archiveLogs(bench, say);

        say.part("Troubleshooting: the common errors, provoked on purpose");
        throttling(say);
        validation(bench, say);
        conditionNotMet(bench, say);
        noSuchTable(bench, say);

        say.part("Where next");
        say.why("Each demo in demos/ shows one of these features in more depth (./jbang demos/QueryDemo.java); "
                + "the guide explains the ideas behind every step; the labs let you write the code yourself until "
                + "their tests pass. Run the Tour against another DynamoDB with DDB_BACKEND=endpoint and "
                + "DDB_ENDPOINT=http://localhost:8000.");
    }

    static void throttling(Narrator say) {
        say.step("ProvisionedThroughputExceededException: more writes than a provisioned table allows");
        say.why("A provisioned table serves its capacity units per second plus a little saved-up burst. Beyond "
                + "that, requests are refused; the SDK retries them with backoff and gives up after a few "
                + "attempts. Here, 10 KB writes (10 units each) hit a table provisioned for 1 write unit a second.");
        say.note("this step always runs on a separate embedded engine with throughput simulation on, as no "
                + "other backend throttles on cue.");
        try (Workbench throttled = Workbench.openThrottled()) {
            String hot = throttled.table("HotTable");
            throttled.ddb().tables().create(TableSpec.builder(hot).partitionKey("ID", ScalarAttributeType.S)
                    .provisioned(1, 1).build());
            say.request("CreateTable " + hot + " PROVISIONED 1 RCU / 1 WCU; PutItem 10 KB items until refused");
            String payload = "x".repeat(10 * 1024);
            say.failureOf(() -> {
                for (int i = 0; i < 10; i++) {
                    throttled.ddb().items().put(hot, Map.of("ID", "item-" + i, "Payload", payload));
                }
            });
        }
    }

    static void validation(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("ValidationException: a request that does not match the table");
        say.why("The key must have exactly the table's key attributes, with the declared types; an expression "
                + "must define every placeholder it uses. The message says which rule was broken.");
        Map<String, Object> numericUser = Map.of("UserID", 123, "Timestamp", "2024-12-22T08:00:00Z");
        say.request("PutItem " + users + " " + ItemText.plain(numericUser) + "  (UserID is declared S)");
        say.failureOf(() -> bench.ddb().items().put(users, numericUser));
        say.request("UpdateItem " + users + " " + ItemText.plain(SampleUsers.readmeKey())
                + " UpdateExpression: SET Age = :age  (no value given for :age)");
        say.failureOf(() -> bench.ddb().items().update(users, SampleUsers.readmeKey(),
                Expression.of("SET Age = :age")));
    }

    static void conditionNotMet(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        Map<String, Object> key = Map.of("UserID", SampleUsers.USER, "Timestamp", "2024-12-15T18:45:00Z");
        say.step("ConditionalCheckFailedException: a condition that does not hold");
        say.why("Not a malfunction: the condition did its job and nothing was written. Re-read the item and "
                + "decide again.");
        say.request("DeleteItem " + users + " " + ItemText.plain(key) + " ConditionExpression: #Status = "
                + "\"inactive\"");
        say.failureOf(() -> bench.ddb().items().delete(users, key, Condition.attribute("Status").eq("inactive")));
    }

    static void noSuchTable(Workbench bench, Narrator say) {
        String typo = bench.table("Userz");
        say.step("ResourceNotFoundException: a table that is not there");
        say.why("A misspelt name, another region, another endpoint, or a table still being created: the "
                + "service cannot tell which, so check all four.");
        say.request("GetItem " + typo + " " + ItemText.plain(SampleUsers.readmeKey()));
        say.failureOf(() -> bench.ddb().items().get(typo, SampleUsers.readmeKey()));
    }
}
