package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.projectAll;
import static io.ddbworkbench.engine.ControlPlaneFixtures.range;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withEngine;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.ReadFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

class IndexReadTest {
    private static final String BOOKS = "Books";

    /**
     * Books: shelf (S) + id (S). Local indexes on the shelf: byPrice (price N, KEYS_ONLY), byTitle (title S,
     * INCLUDE author), byYear (year N, ALL). Global indexes: byAuthor (author S + year N, INCLUDE title),
     * byGenre (genre S, KEYS_ONLY), byStatus (status S, ALL; sparse: few books have a status).
     */
    private static DynamoDbClient books(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName(BOOKS).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attribute("shelf", ScalarAttributeType.S), attribute("id", ScalarAttributeType.S),
                        attribute("price", ScalarAttributeType.N), attribute("title", ScalarAttributeType.S),
                        attribute("year", ScalarAttributeType.N), attribute("author", ScalarAttributeType.S),
                        attribute("genre", ScalarAttributeType.S), attribute("status", ScalarAttributeType.S))
                .keySchema(hash("shelf"), range("id"))
                .localSecondaryIndexes(
                        local("byPrice", "price", Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()),
                        local("byTitle", "title", Projection.builder().projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes("author").build()),
                        local("byYear", "year", projectAll()))
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName("byAuthor").keySchema(hash("author"), range("year"))
                                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                        .nonKeyAttributes("title").build()).build(),
                        GlobalSecondaryIndex.builder().indexName("byGenre").keySchema(hash("genre"))
                                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build(),
                        GlobalSecondaryIndex.builder().indexName("byStatus").keySchema(hash("status"))
                                .projection(projectAll()).build()));
        book(ddb, "b1", "Dune", "Herbert", 1965, 9, "scifi", "x".repeat(5000), "lent");
        book(ddb, "b2", "Emma", "Austen", 1815, 5, "classic", "y", null);
        book(ddb, "b3", "Persuasion", "Austen", 1817, 7, "classic", "z", null);
        book(ddb, "b4", "Children of Dune", "Herbert", 1976, 8, "scifi", "w", "lost");
        book(ddb, "b5", "Sense and Sensibility", "Austen", 1811, 6, "classic", "v", null);
        return ddb;
    }

    private static LocalSecondaryIndex local(String name, String sortKey, Projection projection) {
        return LocalSecondaryIndex.builder().indexName(name).keySchema(hash("shelf"), range(sortKey))
                .projection(projection).build();
    }

    private static void book(DynamoDbClient ddb, String id, String title, String author, int year, int price,
                             String genre, String notes, String status) {
        Map<String, AttributeValue> item = attrs("shelf", s("main"), "id", s(id), "title", s(title),
                "author", s(author), "year", n(String.valueOf(year)), "price", n(String.valueOf(price)),
                "genre", s(genre), "notes", s(notes));
        if (status != null) {
            item.put("status", s(status));
        }
        ddb.putItem(b -> b.tableName(BOOKS).item(item));
    }

    private static QueryRequest.Builder shelf(String index) {
        return QueryRequest.builder().tableName(BOOKS).indexName(index).keyConditionExpression("shelf = :s")
                .expressionAttributeValues(Map.of(":s", s("main")));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void localIndexesOrderByTheirSortKeyAndReturnWhatTheyProject(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = books(door.client(engine))) {
            QueryResponse byPrice = ddb.query(shelf("byPrice").build());
            assertThat(strings(byPrice.items(), "id")).containsExactly("b2", "b5", "b3", "b4", "b1");
            assertThat(byPrice.items().get(0)).as("KEYS_ONLY: table key and index key")
                    .isEqualTo(attrs("shelf", s("main"), "id", s("b2"), "price", n("5")));

            QueryResponse byTitle = ddb.query(shelf("byTitle").scanIndexForward(false).build());
            assertThat(strings(byTitle.items(), "title"))
                    .containsExactly("Sense and Sensibility", "Persuasion", "Emma", "Dune", "Children of Dune");
            assertThat(byTitle.items().get(0).keySet()).as("INCLUDE adds the named attribute")
                    .containsExactlyInAnyOrder("shelf", "id", "title", "author");

            QueryResponse byYear = ddb.query(shelf("byYear").keyConditionExpression("shelf = :s AND #y > :y")
                    .expressionAttributeNames(Map.of("#y", "year"))
                    .expressionAttributeValues(Map.of(":s", s("main"), ":y", n("1815"))).build());
            assertThat(strings(byYear.items(), "id")).containsExactly("b3", "b1", "b4");
            assertThat(byYear.items().get(0)).containsKeys("notes", "genre");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aLocalIndexFetchesWhatItLacksFromTheTableAndBillsEachFetch(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = books(door.client(engine))) {
            QueryResponse projected = ddb.query(shelf("byPrice").returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                    .build());
            ConsumedCapacity indexOnly = projected.consumedCapacity();
            assertThat(indexOnly.localSecondaryIndexes().get("byPrice").capacityUnits()).isEqualTo(0.5);
            assertThat(indexOnly.table().capacityUnits()).isZero();

            QueryResponse all = ddb.query(shelf("byPrice").select(Select.ALL_ATTRIBUTES)
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).consistentRead(true).build());
            assertThat(all.items().get(4)).as("the whole item, fetched").containsKeys("notes", "title", "genre");
            ConsumedCapacity fetched = all.consumedCapacity();
            assertThat(fetched.localSecondaryIndexes().get("byPrice").capacityUnits()).isEqualTo(1.0);
            // five fetches, each a whole-item read: b1 is over 4 KB (2 units), the others 1 unit each
            assertThat(fetched.table().capacityUnits()).isEqualTo(6.0);
            assertThat(fetched.capacityUnits()).isEqualTo(7.0);

            QueryResponse named = ddb.query(shelf("byTitle").projectionExpression("title, genre").build());
            assertThat(named.items().get(0)).as("genre is not projected: fetched")
                    .isEqualTo(attrs("title", s("Children of Dune"), "genre", s("scifi")));
            QueryResponse filtered = ddb.query(shelf("byTitle").filterExpression("genre = :g")
                    .expressionAttributeValues(Map.of(":s", s("main"), ":g", s("classic"))).build());
            assertThat(strings(filtered.items(), "id")).containsExactly("b2", "b3", "b5");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void globalIndexesAreQueriedByTheirOwnKeyAndReturnOnlyWhatTheyHold(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = books(door.client(engine))) {
            QueryResponse austen = ddb.query(b -> b.tableName(BOOKS).indexName("byAuthor")
                    .keyConditionExpression("author = :a AND #y BETWEEN :from AND :to")
                    .expressionAttributeNames(Map.of("#y", "year"))
                    .expressionAttributeValues(Map.of(":a", s("Austen"), ":from", n("1800"), ":to", n("1816")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
            assertThat(strings(austen.items(), "title")).containsExactly("Sense and Sensibility", "Emma");
            assertThat(austen.items().get(0).keySet()).containsExactlyInAnyOrder("shelf", "id", "author", "year",
                    "title");
            assertThat(austen.consumedCapacity().globalSecondaryIndexes().get("byAuthor").capacityUnits())
                    .isEqualTo(0.5);

            QueryResponse classics = ddb.query(b -> b.tableName(BOOKS).indexName("byGenre")
                    .keyConditionExpression("genre = :g").projectionExpression("id, notes")
                    .expressionAttributeValues(Map.of(":g", s("classic"))));
            assertThat(classics.items()).as("a global index cannot fetch: notes is simply absent")
                    .containsExactlyInAnyOrder(attrs("id", s("b2")), attrs("id", s("b3")), attrs("id", s("b5")));

            assertInvalid(() -> ddb.query(b -> b.tableName(BOOKS).indexName("byGenre").consistentRead(true)
                    .keyConditionExpression("genre = :g").expressionAttributeValues(Map.of(":g", s("classic")))),
                    "Consistent reads are not supported on global secondary indexes");
            assertInvalid(() -> ddb.scan(b -> b.tableName(BOOKS).indexName("byGenre").select(Select.ALL_ATTRIBUTES)),
                    "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global"
                            + " secondary index byGenre because its projection type is not ALL");
            assertInvalid(() -> ddb.query(b -> b.tableName(BOOKS).indexName("byGenre")
                    .keyConditionExpression("shelf = :g").expressionAttributeValues(Map.of(":g", s("main")))),
                    "Query condition missed key schema element: genre");
            assertInvalid(() -> ddb.query(b -> b.tableName(BOOKS).indexName("nope")
                    .keyConditionExpression("genre = :g").expressionAttributeValues(Map.of(":g", s("x")))),
                    "The table does not have the specified index: nope");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aSparseIndexHoldsOnlyItemsWithItsKeyAndFollowsEveryWrite(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = books(door.client(engine))) {
            assertThat(strings(ddb.scan(b -> b.tableName(BOOKS).indexName("byStatus")).items(), "id"))
                    .containsExactlyInAnyOrder("b1", "b4");
            ddb.updateItem(b -> b.tableName(BOOKS).key(attrs("shelf", s("main"), "id", s("b1")))
                    .updateExpression("REMOVE #s").expressionAttributeNames(Map.of("#s", "status")));
            ddb.updateItem(b -> b.tableName(BOOKS).key(attrs("shelf", s("main"), "id", s("b2")))
                    .updateExpression("SET #s = :s").expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":s", s("lent"))));
            ddb.deleteItem(b -> b.tableName(BOOKS).key(attrs("shelf", s("main"), "id", s("b4"))));
            assertThat(ddb.scan(b -> b.tableName(BOOKS).indexName("byStatus")).items())
                    .extracting(item -> item.get("id").s()).containsExactly("b2");
            QueryResponse lent = ddb.query(b -> b.tableName(BOOKS).indexName("byStatus")
                    .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":s", s("lent"))));
            assertThat(lent.items().get(0)).as("ALL projection").containsKeys("notes", "price");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void indexPagesResumeFromKeysThatNameBothTheIndexAndTheTableKey(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = books(door.client(engine))) {
            QueryRequest classics = QueryRequest.builder().tableName(BOOKS).indexName("byGenre")
                    .keyConditionExpression("genre = :g").expressionAttributeValues(Map.of(":g", s("classic")))
                    .limit(1).build();
            QueryResponse first = ddb.query(classics);
            assertThat(first.lastEvaluatedKey()).isEqualTo(attrs("shelf", s("main"), "id", s("b2"),
                    "genre", s("classic")));
            List<String> ids = new ArrayList<>();
            ddb.queryPaginator(classics).items().forEach(item -> ids.add(item.get("id").s()));
            assertThat(ids).as("equal index keys come in table key order, none lost between pages")
                    .containsExactly("b2", "b3", "b5");

            List<String> scanned = new ArrayList<>();
            ddb.scanPaginator(ScanRequest.builder().tableName(BOOKS).indexName("byTitle").limit(2).build()).items()
                    .forEach(item -> scanned.add(item.get("title").s()));
            assertThat(scanned).containsExactly("Children of Dune", "Dune", "Emma", "Persuasion",
                    "Sense and Sensibility");
            assertInvalid(() -> ddb.query(classics.toBuilder().exclusiveStartKey(attrs("shelf", s("main"),
                    "id", s("b2"))).build()), "The provided starting key is invalid");
            assertInvalid(() -> ddb.scan(b -> b.tableName(BOOKS).indexName("byGenre")
                    .exclusiveStartKey(attrs("shelf", s("main"), "id", s("b2")))),
                    "The provided starting key is invalid");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aGlobalIndexAddedLaterIsBackfilledAndReadableOnceBuilt(Door door) {
        AdjustableClock clock = new AdjustableClock();
        EngineOptions options = EngineOptions.builder().clock(clock).transientStatusDelay(Duration.ofMinutes(1))
                .build();
        withEngine(door, options, (engine, ddb) -> {
            ddb.createTable(onDemandTable("Late").build());
            clock.advance(Duration.ofMinutes(1));
            for (int i = 0; i < 20; i++) {
                int number = i;
                ddb.putItem(b -> b.tableName("Late").item(attrs("pk", s("p" + number),
                        "team", s(number % 2 == 0 ? "red" : "blue"))));
            }
            ddb.updateTable(b -> b.tableName("Late").attributeDefinitions(attribute("team", ScalarAttributeType.S))
                    .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byTeam").keySchema(hash("team"))
                            .projection(projectAll()))));
            Map<String, AttributeValue> red = Map.of(":t", s("red"));
            assertInvalid(() -> ddb.query(b -> b.tableName("Late").indexName("byTeam")
                            .keyConditionExpression("team = :t").expressionAttributeValues(red)),
                    "Cannot read from backfilling global secondary index: byTeam");
            clock.advance(Duration.ofMinutes(1));
            assertThat(ddb.query(b -> b.tableName("Late").indexName("byTeam").keyConditionExpression("team = :t")
                    .expressionAttributeValues(red)).count()).isEqualTo(10);
            ddb.putItem(b -> b.tableName("Late").item(attrs("pk", s("new"), "team", s("red"))));
            assertThat(ddb.query(b -> b.tableName("Late").indexName("byTeam").keyConditionExpression("team = :t")
                    .expressionAttributeValues(red).select(Select.COUNT)).count()).isEqualTo(11);
        });
    }
}
