///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java

import io.ddbworkbench.toolkit.query.ScanSpec;
import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import support.Demo;
import support.Narrator;
import support.Workbench;

/**
 * Creates the original guide's Users table in one request: a partition and sort key, a global secondary
 * index on Email, a local secondary index on Rating, a stream and TTL. Then describes what was made, shows
 * that creating it twice fails while create-if-missing does not, and builds a provisioned table with a
 * sparse index that holds only the items that have its key.
 */
public class CreateTableDemo {

    public static void main(String[] args) {
        Demo.main("Create tables with indexes, a stream and TTL", CreateTableDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        createUsersTable(bench, say);
        describeUsersTable(bench, say);
        createTwice(bench, say);
        sparseIndexOnProvisionedTable(bench, say);
    }

    /** The original guide's Users table, with everything the later demos use. */
    static TableSpec usersTable(String name) {
        // tag::create-table[]
        return TableSpec.builder(name)
                .partitionKey("UserID", ScalarAttributeType.S)
                .sortKey("Timestamp", ScalarAttributeType.S)
                .onDemand()
                .globalIndex(IndexSpec.global("EmailIndex")
                        .partitionKey("Email", ScalarAttributeType.S)
                        .projectAll()
                        .build())
                .localIndex(IndexSpec.local("UserRatingIndex")
                        .sortKey("Rating", ScalarAttributeType.N)
                        .projectAll()
                        .build())
                .stream(StreamViewType.NEW_AND_OLD_IMAGES)
                .timeToLive("ExpirationTime")
                .build();
        // end::create-table[]
    }

    static void createUsersTable(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Create the Users table with an email index, a rating index, a stream and TTL");
        say.why("A table is defined by its primary key only: UserID spreads the items over partitions, "
                + "Timestamp orders each user's records. Other attributes need no declaration, except the keys of "
                + "indexes. The global index EmailIndex answers 'who has this email?'; the local index "
                + "UserRatingIndex re-sorts each user's records by Rating and can only be made now, with the "
                + "table. The stream records every change; TTL deletes items once their ExpirationTime passes.");
        say.request("CreateTable " + users + ": UserID (S) partition key + Timestamp (S) sort key, PAY_PER_REQUEST",
                "GSI EmailIndex: Email (S), projection ALL; LSI UserRatingIndex: UserID + Rating (N)",
                "stream NEW_AND_OLD_IMAGES; then UpdateTimeToLive on ExpirationTime once ACTIVE");
        TableDescription table = bench.ddb().tables().create(usersTable(users));
        say.result(users + " is " + table.tableStatus() + "; TTL is "
                + bench.ddb().tables().describeTimeToLive(users).timeToLiveStatus() + " on ExpirationTime");
    }

    static void describeUsersTable(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Describe the table: what the service made of the request");
        say.why("DescribeTable is how code (and the SDK's waiter) learns a table's status, keys, indexes and "
                + "stream. Attribute definitions list only key attributes: DynamoDB is schemaless beyond keys.");
        say.request("DescribeTable " + users);
        say.result("table " + users);
        say.lines(describe(bench.ddb().tables().describe(users)));
    }

    static void createTwice(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Create the same table again");
        say.why("Table names are unique per account and region, so a second CreateTable fails. Code that runs "
                + "at every start-up uses create-if-missing instead: describe first, create only when absent.");
        say.request("CreateTable " + users + " (again)");
        say.failureOf(() -> bench.ddb().tables().create(usersTable(users)));
        say.request("create-if-missing " + users);
        say.result(users + " is " + bench.ddb().tables().createIfMissing(usersTable(users)).tableStatus()
                + ", taken as it is");
    }

    static void sparseIndexOnProvisionedTable(Workbench bench, Narrator say) {
        String members = bench.table("Members");
        say.step("A provisioned table with a sparse index");
        say.why("Provisioned billing reserves read and write capacity units per second (here 10 and 5) and "
                + "suits steady, predictable traffic; each global index gets its own. An index holds only "
                + "the items that have its key attributes: only premium members have PremiumSince, so "
                + "PremiumUserIndex stays small and cheap, and scanning it lists exactly the premium members.");
        // tag::sparse-index[]
        TableSpec spec = TableSpec.builder(members)
                .partitionKey("UserID", ScalarAttributeType.S)
                .provisioned(10, 5)
                .globalIndex(IndexSpec.global("PremiumUserIndex")
                        .partitionKey("PremiumSince", ScalarAttributeType.S)
                        .projectInclude("Name")
                        .throughput(5, 5)
                        .build())
                .build();
        // end::sparse-index[]
        say.request("CreateTable " + members + ": UserID (S), PROVISIONED 10 RCU / 5 WCU; GSI PremiumUserIndex on "
                + "PremiumSince (S), INCLUDE Name, 5 RCU / 5 WCU");
        say.lines(describe(bench.ddb().tables().create(spec)));

        List<Map<String, Object>> people = List.of(
                Map.of("UserID", "m-1", "Name", "Ana", "PremiumSince", "2023-05-01"),
                Map.of("UserID", "m-2", "Name", "Ben"),
                Map.of("UserID", "m-3", "Name", "Chloe"));
        people.forEach(member -> bench.ddb().items().put(members, member));
        say.request("PutItem x3 into " + members + ": only m-1 has PremiumSince; Scan PremiumUserIndex");
        List<Map<String, AttributeValue>> premium = bench.ddb().reads()
                .scan(ScanSpec.of(members).index("PremiumUserIndex"))
                .collect(Collectors.toList());
        say.items(premium);
    }

    /** A table's keys, billing, indexes and stream, one fact per line. */
    static List<String> describe(TableDescription table) {
        List<String> lines = new ArrayList<>();
        lines.add("status " + table.tableStatus() + ", key " + keys(table.keySchema()) + ", attribute definitions "
                + table.attributeDefinitions().stream()
                        .map(definition -> definition.attributeName() + " " + definition.attributeType())
                        .collect(Collectors.joining(", ")));
        lines.add("billing " + (table.billingModeSummary() != null ? table.billingModeSummary().billingMode()
                : "PROVISIONED") + throughput(table.provisionedThroughput()));
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
            lines.add("global index " + index.indexName() + ": key " + keys(index.keySchema()) + ", "
                    + projection(index.projection()) + throughput(index.provisionedThroughput()) + ", "
                    + index.indexStatus());
        }
        for (LocalSecondaryIndexDescription index : table.localSecondaryIndexes()) {
            lines.add("local index " + index.indexName() + ": key " + keys(index.keySchema()) + ", "
                    + projection(index.projection()));
        }
        if (table.streamSpecification() != null && Boolean.TRUE.equals(table.streamSpecification().streamEnabled())) {
            lines.add("stream " + table.streamSpecification().streamViewType() + ", label "
                    + table.latestStreamLabel());
        }
        return lines;
    }

    private static String keys(List<KeySchemaElement> schema) {
        return schema.stream().map(element -> element.attributeName() + " (" + element.keyType() + ")")
                .collect(Collectors.joining(" + "));
    }

    private static String projection(Projection projection) {
        String type = "projection " + projection.projectionType();
        return projection.hasNonKeyAttributes() ? type + " " + projection.nonKeyAttributes() : type;
    }

    private static String throughput(ProvisionedThroughputDescription throughput) {
        if (throughput == null || throughput.readCapacityUnits() == null || throughput.readCapacityUnits() == 0) {
            return "";
        }
        return ", " + throughput.readCapacityUnits() + " RCU / " + throughput.writeCapacityUnits() + " WCU";
    }
}
