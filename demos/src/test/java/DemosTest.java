import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.toolkit.connect.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import support.Demo;

/**
 * Runs every demo and the Tour on the embedded engine, as a learner would, and checks the lines that prove
 * each one did what it tells: the results, counts and service errors, in order. Exit status alone would not
 * do: a demo can finish while printing a wrong answer.
 */
class DemosTest {
    private static final Settings EMBEDDED = Settings.of(Map.of("ddb.backend", "embedded"));

    @Test
    void createTableDemo() {
        assertThat(run(CreateTableDemo::run)).containsSubsequence(
                "Users is ACTIVE; TTL is ENABLED on ExpirationTime",
                "status ACTIVE, key UserID (HASH) + Timestamp (RANGE)",
                "global index EmailIndex: key Email (HASH), projection ALL",
                "local index UserRatingIndex: key UserID (HASH) + Rating (RANGE), projection ALL",
                "stream NEW_AND_OLD_IMAGES",
                "ResourceInUseException", "\"Table already exists: Users\"",
                "Users is ACTIVE, taken as it is",
                "billing PROVISIONED, 10 RCU / 5 WCU",
                "global index PremiumUserIndex: key PremiumSince (HASH), projection INCLUDE [Name], 5 RCU / 5 WCU",
                "Result:  1 item", "- {Name: \"Ana\", PremiumSince: \"2023-05-01\", UserID: \"m-1\"}",
                "Done: 4 steps completed.");
    }

    @Test
    void crudDemo() {
        assertThat(run(CrudDemo::run)).containsSubsequence(
                "ConditionalCheckFailedException", "\"The conditional request failed\"",
                "Result:  {Age: 30, Email: \"john@example.com\", Name: \"John Doe\", "
                        + "Timestamp: \"2024-12-20T10:00:00Z\", UserID: \"user123\"}",
                "Result:  {Email: \"john@example.com\", Name: \"John Doe\"}",
                "Result:  no item",
                "Result:  {Name: \"John D.\", Timestamp: \"2024-12-20T10:00:00Z\", UserID: \"user123\"}",
                "Result:  deleted {Name: \"John D.\"",
                "Result:  no item",
                "getItem -> User{name=Alice, email=alice@example.com, age=27}",
                "Done: 8 steps completed.");
    }

    @Test
    void batchWriteDemo() {
        String output = run(BatchWriteDemo::run);
        assertThat(output).containsSubsequence(
                "8 of 8 written in 1 call; nothing left over",
                "2 of 2 written in 1 call; nothing left over", "0 of them still exist",
                "1000 of 1000 written in", "nothing left over",
                "found 1000 of 1000 items in", "0 keys left unread",
                "0 of 2 written in 3 calls; 2 still unprocessed, kept in the result",
                "Done: 5 steps completed.");
        assertThat(number(output, "1000 of 1000 written in (\\d+) calls"))
                .as("the injected unprocessed items were re-driven").isGreaterThan(40);
    }

    @Test
    void queryDemo() {
        assertThat(run(QueryDemo::run)).containsSubsequence(
                "4. Query every record of user123", "Result:  4 items",
                "5. Query user123's records of December 2024", "Result:  3 items",
                "6. Query the EmailIndex", "Result:  4 items",
                "7. Query user123's records with a filter", "Result:  2 items",
                "Rating: 4, Status: \"active\", Timestamp: \"2024-12-01T08:30:00Z\"",
                "Rating: 5, Status: \"active\", Timestamp: \"2024-12-15T18:45:00Z\"",
                "8. Query the UserRatingIndex", "Result:  2 items",
                "Rating: 5", "Rating: 4",
                "9. The latest record of user123", "Result:  1 item", "Timestamp: \"2024-12-20T10:00:00Z\"",
                "page 1: 2 items, next token", "page 2: 2 items, next token", "page 3: 0 items, no next token: done",
                "ValidationException", "\"Consistent reads are not supported on global secondary indexes\"",
                "Done: 11 steps completed.");
    }

    @Test
    void scanDemo() {
        assertThat(run(ScanDemo::run)).containsSubsequence(
                "Scan Users FilterExpression: Age BETWEEN 25 AND 40", "Result:  7 items",
                "Result:  Count 4, ScannedCount 9", "Result:  Count 4, ScannedCount 4",
                "Result:  450 products in stock, read by 2 worker threads",
                "Result:  450 products in stock: the same answer",
                "Done: 6 steps completed.");
    }

    @Test
    void updateDemo() {
        assertThat(run(UpdateDemo::run)).containsSubsequence(
                "Result:  UPDATED_NEW {Age: 31, LastLogin: \"2024-12-20T14:30:00Z\"}",
                "History: [\"2024-12-20T14:30:00Z\"]", "Points: 75, Tags: <<\"beta\">>",
                "Result:  {Balance: 1100, Version: 6}",
                "ConditionalCheckFailedException", "\"The conditional request failed\"",
                "Result:  written after 2 attempts: Balance 1075, Version 8",
                "Result:  LoginCount after each call: 1, 2, 3",
                "Result:  LoginCount went from 3 to 103: +100, none lost",
                "Done: 8 steps completed.");
    }

    @Test
    void transactionsDemo() {
        assertThat(run(TransactionsDemo::run)).containsSubsequence(
                "committed; balances (TransactGetItems) acc123 400, acc456 200",
                "committed; balances (TransactGetItems) acc123 250, acc456 350",
                "TransactionCanceledException", "[ConditionalCheckFailed, None]",
                "action 1 (Update Accounts {AccountID=acc123}): ConditionalCheckFailed",
                "item was {AccountID: \"acc123\", Balance: 250, Owner: \"user123\"}",
                "action 2 (Update Accounts {AccountID=acc456}): None",
                "nothing changed; balances (TransactGetItems) acc123 250, acc456 350",
                "the money moved once; balances (TransactGetItems) acc123 240, acc456 360",
                "TransactionConflict",
                "committed at the second attempt; balances (TransactGetItems) acc123 235, acc456 365",
                "Done: 6 steps completed.");
    }

    @Test
    void ttlDemo() {
        assertThat(run(TtlDemo::run)).containsSubsequence(
                "TimeToLiveStatus ENABLED", "ValidationException", "\"TimeToLive is already enabled\"",
                "Result:  {Data: \"old\"", "Result:  1 item", "SessionID: \"sess123\"",
                "the TTL process deleted 2 items", "Result:  0 items",
                "Result:  4 records",
                "REMOVE {SessionID: \"sess-old\"} by Service dynamodb.amazonaws.com",
                "REMOVE {SessionID: \"sess123\"} by Service dynamodb.amazonaws.com",
                "PutItem Logs", "written; expires",
                "Done: 6 steps completed.");
    }

    @Test
    void streamsDemo() {
        assertThat(run(StreamsDemo::run)).containsSubsequence(
                "stream arn:aws:dynamodb:",
                "Result:  3 records",
                "INSERT {UserID: \"user123\"}  old: -  new: {Name: \"John Doe\", Plan: \"free\", UserID: \"user123\"}",
                "MODIFY {UserID: \"user123\"}  old: {Name: \"John Doe\", Plan: \"free\", UserID: \"user123\"}  new: "
                        + "{Name: \"John Doe\", Plan: \"pro\", UserID: \"user123\"}",
                "REMOVE {UserID: \"user123\"}  old: {Name: \"John Doe\", Plan: \"pro\", UserID: \"user123\"}  new: -",
                "Result:  0 new records",
                "Result:  1 new record", "INSERT {UserID: \"user1\"}",
                "Done: 4 steps completed.");
    }

    @Test
    void singleTableDemo() {
        assertThat(run(SingleTableDemo::run)).containsSubsequence(
                "Result:  {Name: \"John\", PK: \"USER#u-123\", SK: \"PROFILE\", Type: \"User\"}",
                "A user and all their orders", "Result:  4 items",
                "orders in December 2024", "Result:  2 items", "ORDER#2024-12-01", "ORDER#2024-12-15",
                "The latest order", "Result:  1 item", "SK: \"ORDER#2024-12-15\"",
                "A product and its reviews", "Result:  3 items",
                "Every review written by user u-123", "Result:  2 items", "REVIEW#p-456", "REVIEW#p-789",
                "Done: 7 steps completed.");
    }

    @Test
    void leaderboardDemo() {
        String output = run(LeaderboardDemo::run);
        assertThat(output).containsSubsequence(
                "100 scores written over 4 shards",
                "top ten:", "#1  player-38   9973", "#10 player-25   9536",
                "merged 40 candidates into the top ten:", "#1  player-38   9973", "#10 player-25   9536",
                "Score is now 10359", "top three:", "#1  player-07  10359", "#2  player-38   9973",
                "Done: 4 steps completed.");
    }

    @Test
    void timeSeriesDemo() {
        assertThat(run(TimeSeriesDemo::run)).containsSubsequence(
                "240 readings written",
                "80 readings, from 2024-12-01T00:00:00Z to 2024-12-20T18:00:00Z",
                "{DeviceID: \"device456\", Temperature: 21, Timestamp: \"2024-12-24T18:00:00Z\"}",
                "192 readings written into 2 daily buckets",
                "17 readings, from ", "T22:00:00Z to ", "T02:00:00Z",
                "Done: 5 steps completed.");
    }

    @Test
    void costDemo() {
        assertThat(run(CostDemo::run)).containsSubsequence(
                "consumed 2.0 units (table 1.0, ByCategory 1.0); toolkit predicted 2.0",
                "consumed 8.0 units (table 4.0, ByCategory 4.0); toolkit predicted 8.0",
                "consumed 1.0 units; toolkit predicted 1.0",
                "consumed 2.0 units; toolkit predicted 2.0",
                "consumed 3.0 units (table 2.0, ByCategory 1.0); toolkit predicted 2.0 for the table",
                "billing PROVISIONED, 10 RCU / 5 WCU reserved", "billing PAY_PER_REQUEST, nothing reserved",
                "cheaper: provisioned", "cheaper: on-demand",
                "657000000 read request units a month: $82.13", "1314000000 read request units a month: $164.25",
                "written; expires",
                "Done: 7 steps completed.");
    }

    @Test
    void tourRunsTheWholeWalkthrough() {
        String output = run(Tour::run);
        assertThat(output).containsSubsequence(
                "-- Part 1. Create a table with indexes, a stream and TTL",
                "Users is ACTIVE; TTL is ENABLED on ExpirationTime",
                "-- Part 2. Insert data", "8 of 8 written in 1 call",
                "-- Part 3. Retrieve data", "Result:  {Email: \"john@example.com\", Name: \"John Doe\"}",
                "Query every record of user123", "Result:  4 items",
                "records of December 2024", "Result:  3 items",
                "Query the EmailIndex", "Result:  4 items",
                "with a filter", "Result:  2 items",
                "Age BETWEEN 25 AND 40", "Result:  7 items",
                "-- Part 4. Update data", "UPDATED_NEW {Age: 31", "{Balance: 1100, Version: 6}",
                "ConditionalCheckFailedException", "LoginCount after each call: 1, 2, 3",
                "-- Part 5. Delete data", "Result:  deleted {", "0 of them still exist",
                "-- Part 6. Transactions", "acc123 400, acc456 200", "[ConditionalCheckFailed, None]",
                "-- Part 7. Time to live", "the TTL process deleted 2 items",
                "-- Part 8. Pattern: time series", "80 readings",
                "-- Part 9. Pattern: single-table design", "Every review written by user u-123",
                "-- Part 10. Pattern: leaderboard", "#1  player-07  10359",
                "-- Part 11. Cost", "cheaper: provisioned", "cheaper: on-demand", "written; expires",
                "-- Part 12. Troubleshooting",
                "ProvisionedThroughputExceededException",
                "\"The level of configured provisioned throughput for the table was exceeded.",
                "Hint: Requests exceed the provisioned read or write capacity",
                "ValidationException",
                "\"One or more parameter values were invalid: Type mismatch for key UserID expected: S",
                "\"Invalid UpdateExpression: An expression attribute value used in expression is not",
                "ConditionalCheckFailedException", "\"The conditional request failed\"",
                "ResourceNotFoundException", "\"Requested resource not found\"",
                "Hint: No such table or index here",
                "-- Part 13. Where next",
                "Done: 45 steps completed.");
        assertThat(output).doesNotContain("The demo stopped", "\tat ", "software.amazon.awssdk.");
    }

    /** Runs one demo on a fresh embedded engine and returns what it printed; it must run to the end. */
    private static String run(Demo.Body demo) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        boolean completed;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            completed = Demo.run("under test", demo, out, EMBEDDED);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(completed).as("the demo ran to the end; it printed:%n%s", output).isTrue();
        return output;
    }

    private static int number(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        assertThat(matcher.find()).as("%s in:%n%s", regex, output).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
