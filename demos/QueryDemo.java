///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java
//SOURCES support/SampleUsers.java CreateTableDemo.java CrudDemo.java BatchWriteDemo.java

import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.KeyCondition;
import io.ddbworkbench.toolkit.query.Page;
import io.ddbworkbench.toolkit.query.QuerySpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import support.Demo;
import support.Narrator;
import support.SampleUsers;
import support.Workbench;

/**
 * Queries: every record of one user, a sort-key prefix, the email index (a GSI), the rating index (an LSI),
 * a filter and what it does not save, newest first with a limit, and pages with a resume token. A query
 * always names one partition key value: that is what makes it fast at any table size.
 */
public class QueryDemo {

    public static void main(String[] args) {
        Demo.main("Query: by key, by sort-key prefix, on indexes, with a filter, in pages", QueryDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        loadUsers(bench, say);
        byPartitionKey(bench, say);
        bySortKeyPrefix(bench, say);
        onEmailIndex(bench, say);
        withFilter(bench, say);
        onRatingIndex(bench, say);
        newestFirst(bench, say);
        inPages(bench, say);
        noStrongReadsOnGlobalIndexes(bench, say);
    }

    /** The Users table with the original guide's user and the sample records. */
    static void loadUsers(Workbench bench, Narrator say) {
        CreateTableDemo.createUsersTable(bench, say);
        CrudDemo.insertUser(bench, say);
        BatchWriteDemo.batchInsertUsers(bench, say);
    }

    static void byPartitionKey(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Query every record of user123");
        say.why("A query reads one item collection: all items with the same partition key, in sort key order. "
                + "It costs capacity for what it reads, not for the size of the table.");
        say.request("Query " + users + " KeyConditionExpression: UserID = \"user123\"");
        // tag::query[]
        List<Map<String, AttributeValue>> records = bench.ddb().reads()
                .query(QuerySpec.of(users, KeyCondition.partitionKey("UserID").eq(SampleUsers.USER)))
                .collect(Collectors.toList());
        // end::query[]
        say.items(records);
    }

    static void bySortKeyPrefix(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Query user123's records of December 2024");
        say.why("The sort key condition narrows the range read inside the partition: =, <, <=, >, >=, BETWEEN "
                + "or begins_with. ISO-8601 timestamps sort as text in time order, so a prefix selects a month.");
        say.request("Query " + users + " KeyConditionExpression: UserID = \"user123\" AND begins_with(Timestamp, "
                + "\"2024-12\")");
        // tag::query-prefix[]
        KeyCondition december = KeyCondition.partitionKey("UserID").eq(SampleUsers.USER)
                .andSortKey("Timestamp").beginsWith("2024-12");
        // end::query-prefix[]
        say.items(bench.ddb().reads().query(QuerySpec.of(users, december)).collect(Collectors.toList()));
    }

    static void onEmailIndex(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Query the EmailIndex: who has john@example.com?");
        say.why("The table's key cannot answer 'find by email'. The global secondary index EmailIndex keeps a "
                + "copy of each item keyed by Email, maintained by DynamoDB on every write, so the question "
                + "becomes a query. Reads from a GSI are eventually consistent.");
        say.request("Query " + users + " IndexName=EmailIndex KeyConditionExpression: Email = \"john@example.com\"");
        // tag::query-index[]
        QuerySpec byEmail = QuerySpec.of(users, KeyCondition.partitionKey("Email").eq("john@example.com"))
                .index("EmailIndex");
        // end::query-index[]
        say.items(bench.ddb().reads().query(byEmail).collect(Collectors.toList()));
    }

    static void withFilter(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Query user123's records with a filter: Age > 25 AND Status = \"active\"");
        say.why("A filter is applied after the items are read: it trims what comes back over the network but "
                + "every item read is still paid for. Filter what the key cannot express, and let the key do "
                + "the heavy lifting. Status is a reserved word; the toolkit always uses #name placeholders.");
        say.request("Query " + users + " KeyConditionExpression: UserID = \"user123\"",
                "FilterExpression: Age > 25 AND #Status = \"active\"");
        // tag::query-filter[]
        QuerySpec activeAdults = QuerySpec.of(users, KeyCondition.partitionKey("UserID").eq(SampleUsers.USER))
                .filter(Condition.attribute("Age").gt(25).and(Condition.attribute("Status").eq("active")));
        // end::query-filter[]
        say.items(bench.ddb().reads().query(activeAdults).collect(Collectors.toList()));
    }

    static void onRatingIndex(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Query the UserRatingIndex: user123's records rated 4 or more, best first");
        say.why("A local secondary index keeps the table's partition key and sorts each collection by another "
                + "attribute, here Rating. It is sparse: the record without a Rating is not in it. Unlike a GSI, "
                + "an LSI also offers strongly consistent reads.");
        say.request("Query " + users + " IndexName=UserRatingIndex KeyConditionExpression: UserID = \"user123\" AND "
                + "Rating >= 4, ScanIndexForward=false, ConsistentRead=true");
        QuerySpec bestRated = QuerySpec.of(users, KeyCondition.partitionKey("UserID").eq(SampleUsers.USER)
                        .andSortKey("Rating").ge(4))
                .index("UserRatingIndex").scanForward(false).consistentRead(true);
        say.items(bench.ddb().reads().query(bestRated).collect(Collectors.toList()));
    }

    static void newestFirst(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("The latest record of user123");
        say.why("ScanIndexForward=false reads the collection backwards, from the highest sort key; with Limit=1 "
                + "the query stops after one item: the cheapest way to ask 'what is the newest?'.");
        say.request("Query " + users + " KeyConditionExpression: UserID = \"user123\", ScanIndexForward=false, "
                + "Limit=1");
        say.items(bench.ddb().reads().query(QuerySpec.of(users, KeyCondition.partitionKey("UserID")
                .eq(SampleUsers.USER)).scanForward(false).limit(1)).collect(Collectors.toList()));
    }

    static void inPages(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Read user123's records two at a time, as a web page would");
        say.why("A response holds at most 1 MB (or Limit items); LastEvaluatedKey says where to go on. The "
                + "toolkit turns it into an opaque token a page can put in its 'next' link. Only a missing token "
                + "means the end: a page may even come back empty with a token.");
        QuerySpec twoAtATime = QuerySpec.of(users, KeyCondition.partitionKey("UserID").eq(SampleUsers.USER)).limit(2);
        // tag::query-pages[]
        String token = null;
        int pageNumber = 0;
        do {
            Page page = bench.ddb().reads().queryPage(twoAtATime, token);
            pageNumber++;
            say.request("Query " + users + " UserID = \"user123\", Limit=2" + (token == null ? ""
                    : ", ExclusiveStartKey from token " + abbreviated(token)));
            say.result("page " + pageNumber + ": " + page.items().size() + " items" + page.nextToken()
                    .map(next -> ", next token " + abbreviated(next)).orElse(", no next token: done"));
            token = page.nextToken().orElse(null);
        } while (token != null);
        // end::query-pages[]
    }

    /** A resume token is long and opaque; its start is enough to tell two apart. */
    private static String abbreviated(String token) {
        return token.length() <= 16 ? token : token.substring(0, 16) + "...";
    }

    static void noStrongReadsOnGlobalIndexes(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Ask the EmailIndex for a strongly consistent read");
        say.why("A GSI is updated asynchronously, shortly after the table: it cannot promise to reflect the "
                + "latest write, and the service refuses to pretend it can.");
        say.request("Query " + users + " IndexName=EmailIndex Email = \"john@example.com\", ConsistentRead=true");
        say.failureOf(() -> bench.ddb().reads().query(QuerySpec.of(users,
                KeyCondition.partitionKey("Email").eq("john@example.com")).index("EmailIndex").consistentRead(true))
                .count());
    }
}
