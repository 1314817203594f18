package io.ddbworkbench.labs.indexes;

import static io.ddbworkbench.labs.indexes.BookClubFixture.ADA;
import static io.ddbworkbench.labs.indexes.BookClubFixture.ADA_REVIEWS;
import static io.ddbworkbench.labs.indexes.BookClubFixture.CY;
import static io.ddbworkbench.labs.indexes.BookClubTable.BOOK;
import static io.ddbworkbench.labs.indexes.BookClubTable.EMAIL;
import static io.ddbworkbench.labs.indexes.BookClubTable.EMAIL_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.NAME;
import static io.ddbworkbench.labs.indexes.BookClubTable.PREMIUM_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.PREMIUM_SINCE;
import static io.ddbworkbench.labs.indexes.BookClubTable.PROFILE;
import static io.ddbworkbench.labs.indexes.BookClubTable.RATING;
import static io.ddbworkbench.labs.indexes.BookClubTable.RATING_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.SK;
import static io.ddbworkbench.labs.indexes.BookClubTable.TEXT;
import static io.ddbworkbench.labs.indexes.BookClubTable.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.TableNamespace;
import io.ddbworkbench.toolkit.connect.Backend;
import io.ddbworkbench.toolkit.table.TableAdmin;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * Lab 02: the specification of {@link BookClub}, one step at a time. The club's data is written by
 * {@link BookClubFixture} directly, and tests that change data use their own members, so every step passes
 * or fails on its own.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 02: indexes")
class BookClubTest {
    private final DynamoDbClient ddb;
    private final TableNamespace tables;
    private final String clubTable;
    private final BookClubFixture fixture;

    BookClubTest(DynamoDbClient ddb, TableNamespace tables, Backend backend) {
        this.ddb = ddb;
        this.tables = tables;
        this.clubTable = tables.table("BookClub");
        this.fixture = new BookClubFixture(ddb, clubTable,
                backend == Backend.EMBEDDED ? Duration.ZERO : Duration.ofSeconds(20));
    }

    @BeforeAll
    void fillTheClub() {
        fixture.createAndFill();
    }

    // ---- Step 1: the table and the indexes it is born with ------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: creates the table with a local index ByRating: same partition, sorted by Rating")
    void createsTheTableWithTheRatingIndex() {
        String table = tables.table("BookClubStep1a");

        new BookClub(ddb, table).createTable();

        TableDescription created = describe(table);
        assertThat(created.keySchema()).as("the table's key: UserId (partition), SK (sort)")
                .containsExactly(key(USER_ID, KeyType.HASH), key(SK, KeyType.RANGE));
        assertThat(created.billingModeSummary()).as("billing: on demand (PAY_PER_REQUEST)").isNotNull();
        assertThat(created.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(created.localSecondaryIndexes()).as("local secondary indexes: exactly ByRating (an LSI can only "
                + "be created with the table; UpdateTable cannot add one later)")
                .extracting(LocalSecondaryIndexDescription::indexName).containsExactly(RATING_INDEX);
        LocalSecondaryIndexDescription byRating = created.localSecondaryIndexes().get(0);
        assertThat(byRating.keySchema()).as("ByRating's key: the table's partition key UserId with Rating as the "
                + "other sort order").containsExactly(key(USER_ID, KeyType.HASH), key(RATING, KeyType.RANGE));
        assertThat(byRating.projection().projectionType()).as("ByRating's projection: INCLUDE, the keys plus Book, "
                + "all a \"best rated\" list shows; ALL would copy every review's text into the index")
                .isEqualTo(ProjectionType.INCLUDE);
        assertThat(byRating.projection().nonKeyAttributes()).containsExactly(BOOK);
    }

    @Test
    @Order(12)
    @DisplayName("Step 1: creates the sparse global index PremiumMembers, projecting Name and Email")
    void createsTheSparsePremiumIndex() {
        String table = tables.table("BookClubStep1b");

        new BookClub(ddb, table).createTable();

        TableDescription created = describe(table);
        assertThat(created.globalSecondaryIndexes()).as("global secondary indexes at creation: PremiumMembers "
                + "(ByEmail comes in Step 2)").extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactly(PREMIUM_INDEX);
        GlobalSecondaryIndexDescription premium = created.globalSecondaryIndexes().get(0);
        assertThat(premium.keySchema()).as("PremiumMembers' key: PremiumSince alone; only premium profiles have "
                + "it, so only they are in the index").containsExactly(key(PREMIUM_SINCE, KeyType.HASH));
        assertThat(premium.projection().projectionType()).as("PremiumMembers' projection: INCLUDE").isEqualTo(
                ProjectionType.INCLUDE);
        assertThat(premium.projection().nonKeyAttributes()).as("the newsletter needs the name and the email")
                .containsExactlyInAnyOrder(NAME, EMAIL);
        assertThat(created.attributeDefinitions()).as("attribute definitions: every key attribute of the table "
                + "and its indexes, with its type (Rating is a number), and no other attribute")
                .extracting(definition -> definition.attributeName() + ":" + definition.attributeTypeAsString())
                .containsExactlyInAnyOrder(USER_ID + ":S", SK + ":S", RATING + ":N", PREMIUM_SINCE + ":S");
    }

    // ---- Step 2: a global index for a new access pattern --------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: adds the ByEmail global index to the live table and waits until it is ACTIVE")
    void addsTheEmailIndex() {
        String table = tableWithoutEmailIndex("BookClubStep2a");
        RequestLog log = RequestLog.around(ddb);

        new BookClub(log.client(), table).addEmailIndex();

        assertThat(log.operations()).as("one UpdateTable, then DescribeTable until the new index is ACTIVE")
                .startsWith("UpdateTable", "DescribeTable").containsOnly("UpdateTable", "DescribeTable");
        UpdateTableRequest update = log.requests(UpdateTableRequest.class).get(0);
        assertThat(update.attributeDefinitions()).as("UpdateTable must define the new key attribute, Email, "
                + "as a string").extracting(definition -> definition.attributeName() + ":"
                        + definition.attributeTypeAsString()).contains(EMAIL + ":S");
        GlobalSecondaryIndexDescription byEmail = describe(table).globalSecondaryIndexes().stream()
                .filter(index -> index.indexName().equals(EMAIL_INDEX)).findFirst().orElse(null);
        assertThat(byEmail).as("the table's ByEmail index after addEmailIndex").isNotNull();
        assertThat(byEmail.keySchema()).containsExactly(key(EMAIL, KeyType.HASH));
        assertThat(byEmail.projection().projectionType()).as("ByEmail's projection: KEYS_ONLY, the user id is all "
                + "a login lookup needs from it").isEqualTo(ProjectionType.KEYS_ONLY);
        assertThat(byEmail.indexStatus()).as("the index's status when addEmailIndex returns: until it is ACTIVE, "
                + "a query of it fails (\"Cannot read from backfilling global secondary index\")")
                .isEqualTo(IndexStatus.ACTIVE);
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: the new index is backfilled: members who joined before it can be found by email")
    void theNewIndexHoldsEarlierMembers() {
        String table = tableWithoutEmailIndex("BookClubStep2b");
        fixture.forTable(table).putMember(new Member("dee", "Dee Dee", "dee@example.com"), null);

        new BookClub(ddb, table).addEmailIndex();

        List<Map<String, AttributeValue>> found = ddb.query(request -> request.tableName(table).indexName(EMAIL_INDEX)
                .keyConditionExpression("#email = :email").expressionAttributeNames(Map.of("#email", EMAIL))
                .expressionAttributeValues(Map.of(":email", s("dee@example.com")))).items();
        assertThat(found).as("ByEmail entries for dee@example.com, written before the index existed: DynamoDB "
                + "copies existing items into a new global index before it becomes ACTIVE")
                .extracting(entry -> entry.get(USER_ID).s()).containsExactly("dee");
    }

    // ---- Step 3: query a global index ---------------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: finds a member by email: a Query of ByEmail, then a GetItem of the profile")
    void findsAMemberByEmail() {
        RequestLog log = RequestLog.around(ddb);

        Member found = new BookClub(log.client(), clubTable).findByEmail("ada@example.com").orElse(null);

        assertThat(found).as("the member with email ada@example.com").isEqualTo(ADA);
        assertThat(log.operations()).as("a Query of the index, then a GetItem: ByEmail is KEYS_ONLY, so it gives "
                + "the user id and the table gives the rest; a Scan would read every member")
                .containsExactly("Query", "GetItem");
        assertThat(log.requests(QueryRequest.class).get(0).indexName()).as("the Query's IndexName")
                .isEqualTo(EMAIL_INDEX);
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: an unknown email finds nobody, with the Query alone")
    void findsNobodyForAnUnknownEmail() {
        RequestLog log = RequestLog.around(ddb);

        var found = new BookClub(log.client(), clubTable).findByEmail("nobody@example.com");

        assertThat(found).as("findByEmail for an email no member has").isEmpty();
        assertThat(log.operations()).as("no entry in the index, nothing to read from the table")
                .containsExactly("Query");
    }

    // ---- Step 4: a global index is eventually consistent --------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: does not believe an index entry that is behind the table (the email changed since)")
    void doesNotBelieveAStaleIndexEntry() {
        fixture.putMember(new Member("gil", "Gil Scott", "gil@example.com"), null);
        fixture.awaitInEmailIndex("gil@example.com");
        RequestLog log = RequestLog.around(ddb).afterEach(QueryRequest.class,
                query -> fixture.putMember(new Member("gil", "Gil Scott", "gil@new.example.com"), null));

        var found = new BookClub(log.client(), clubTable).findByEmail("gil@example.com");

        assertThat(found).as("the index still said gil@example.com belongs to gil, but gil changed it before the "
                + "profile was read (played by the test right after your Query): check the profile's Email "
                + "before you return it, the table is the truth").isEmpty();
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: reads the profile strongly consistent, and never asks a global index for that")
    void readsTheProfileStronglyConsistent() {
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> new BookClub(log.client(), clubTable).findByEmail("bob@example.com"));

        assertThat(thrown).as("findByEmail(\"bob@example.com\") should not throw; a ValidationException here "
                + "usually means ConsistentRead = true on the GSI query, which DynamoDB refuses").isNull();
        assertThat(log.requests(QueryRequest.class)).as("the index query").hasSize(1);
        assertThat(log.requests(QueryRequest.class).get(0).consistentRead()).as("ConsistentRead on a global index "
                + "query: leave it out (a GSI is only ever eventually consistent)").isNotEqualTo(Boolean.TRUE);
        assertThat(log.requests(GetItemRequest.class)).as("the profile read").hasSize(1);
        assertThat(log.requests(GetItemRequest.class).get(0).consistentRead()).as("ConsistentRead on the GetItem "
                + "of the profile: true, so the check of Step 4 compares with the latest write")
                .isTrue();
    }

    // ---- Step 5: a local index gives a second sort order --------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: lists a member's 3 best rated books, best first, with one Query of ByRating")
    void listsTheBestRatedBooks() {
        RequestLog log = RequestLog.around(ddb);

        List<BookRating> top = new BookClub(log.client(), clubTable).topRated("ada", 3);

        assertThat(top).as("ada's three best rated books").containsExactly(new BookRating("Frankenstein", 5),
                new BookRating("Middlemarch", 4), new BookRating("Persuasion", 3));
        assertThat(log.operations()).as("one Query: the index keeps ada's reviews sorted by Rating, so nothing "
                + "needs sorting in Java").containsExactly("Query");
        QueryRequest query = log.requests(QueryRequest.class).get(0);
        assertThat(query.indexName()).as("IndexName").isEqualTo(RATING_INDEX);
        assertThat(query.scanIndexForward()).as("ScanIndexForward = false: highest rating first").isFalse();
        assertThat(query.limit()).as("Limit = 3: read three entries, not all of ada's reviews").isEqualTo(3);
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: reads the local index strongly consistent, so a review written a moment ago counts")
    void countsAReviewWrittenAMomentAgo() {
        fixture.putMember(new Member("ivy", "Ivy Chen", "ivy@example.com"), null);
        fixture.putReview(BookClubFixture.review("ivy", "Beloved", 3, "2024-02-01"));
        fixture.putReview(BookClubFixture.review("ivy", "Jane Eyre", 5, "2024-09-09"));
        RequestLog log = RequestLog.around(ddb);

        List<BookRating> top = new BookClub(log.client(), clubTable).topRated("ivy", 1);

        assertThat(top).as("ivy's best rated book, written just before the call")
                .containsExactly(new BookRating("Jane Eyre", 5));
        assertThat(log.requests(QueryRequest.class).get(0).consistentRead()).as("ConsistentRead = true: a local "
                + "index is updated with its table, so it can be read strongly consistent (a global index cannot)")
                .isTrue();
    }

    @Test
    @Order(53)
    @DisplayName("Step 5: reads only what ByRating projects, so no review is fetched from the table")
    void readsOnlyTheProjection() {
        RequestLog log = RequestLog.around(ddb);

        new BookClub(log.client(), clubTable).topRated("bob", 5);

        QueryRequest query = log.requests(QueryRequest.class).get(0);
        assertThat(query.select()).as("Select: leave it out (for an index that means ALL_PROJECTED_ATTRIBUTES); "
                + "ALL_ATTRIBUTES makes the local index fetch every review's whole item from the table, and bill "
                + "the extra reads").isNotEqualTo(Select.ALL_ATTRIBUTES);
        assertThat(String.valueOf(query.projectionExpression()) + query.expressionAttributeNames().values())
                .as("the Query should not ask for Text: it is not in the projection, so it would be fetched from "
                        + "the table").doesNotContain(TEXT);
    }

    // ---- Step 6: what a query of a lean index can return --------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: returns the best review with its text, in one Query that lets the local index fetch it")
    void returnsTheBestReviewWhole() {
        RequestLog log = RequestLog.around(ddb);

        Review best = new BookClub(log.client(), clubTable).bestReview("ada").orElse(null);

        Review expected = ADA_REVIEWS.stream().max(Comparator.comparingInt(Review::rating)).orElseThrow();
        assertThat(best).as("ada's best rated review, text and date included").isEqualTo(expected);
        assertThat(log.operations()).as("one request: a local index can fetch what it does not project, a "
                + "Query and then a GetItem would be two round trips").containsExactly("Query");
        QueryRequest query = log.requests(QueryRequest.class).get(0);
        assertThat(query.select()).as("Select = ALL_ATTRIBUTES asks the local index for the whole item")
                .isEqualTo(Select.ALL_ATTRIBUTES);
        assertThat(query.limit()).as("Limit = 1: one fetch from the table, not one per review").isEqualTo(1);
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: a member without reviews has no best review (the profile is not in the local index)")
    void noReviewNoBestReview() {
        assertThat(new BookClub(ddb, clubTable).bestReview(CY.userId())).as("cy's best review: cy wrote none, and "
                + "cy's profile has no Rating, so it is not in ByRating either").isEmpty();
    }

    // ---- Step 7: a sparse index ---------------------------------------------------------------------------

    @Test
    @Order(71)
    @DisplayName("Step 7: lists the premium members by scanning the sparse index, which holds nobody else")
    void listsThePremiumMembers() {
        List<Member> expected = premiumMembersTheExpensiveWay();
        fixture.await(() -> inPremiumIndex().size() == expected.size());
        RequestLog log = RequestLog.around(ddb);

        List<Member> premium = new BookClub(log.client(), clubTable).premiumMembers();

        assertThat(premium).as("the premium members (every profile with a PremiumSince)")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(log.operations()).as("Scans of the index only: its projection holds Name and Email, so no "
                + "GetItem is needed").containsOnly("Scan");
        ScanRequest scan = log.requests(ScanRequest.class).get(0);
        assertThat(scan.indexName()).as("the Scan's IndexName: a Scan of the table would read every member and "
                + "every review to keep a few profiles").isEqualTo(PREMIUM_INDEX);
        assertThat(scan.filterExpression()).as("no FilterExpression: the index is the filter").isNull();
    }

    @Test
    @Order(72)
    @DisplayName("Step 7: a member joins the sparse index when PremiumSince is set and leaves when it is removed")
    void membersJoinAndLeaveTheSparseIndex() {
        fixture.putMember(new Member("kim", "Kim Park", "kim@example.com"), null);
        fixture.putMember(new Member("lee", "Lee Miller", "lee@example.com"), LocalDate.of(2024, 2, 29));
        BookClub club = new BookClub(ddb, clubTable);

        boolean madePremium = club.makePremium("kim", LocalDate.of(2025, 1, 15));
        boolean ended = club.endPremium("lee");

        assertThat(madePremium).as("makePremium for an existing member").isTrue();
        assertThat(ended).as("endPremium for an existing member").isTrue();
        assertThat(profile("kim")).as("kim's profile after makePremium: the rest of it unchanged")
                .containsEntry(PREMIUM_SINCE, s("2025-01-15")).containsEntry(NAME, s("Kim Park"));
        assertThat(profile("lee")).as("lee's profile after endPremium: PremiumSince removed, the rest kept")
                .doesNotContainKey(PREMIUM_SINCE).containsEntry(NAME, s("Lee Miller"));
        fixture.await(() -> {
            List<String> inIndex = inPremiumIndex();
            return inIndex.contains("kim") && !inIndex.contains("lee");
        });
        assertThat(inPremiumIndex()).as("user ids in the PremiumMembers index").contains("kim")
                .doesNotContain("lee");
    }

    @Test
    @Order(73)
    @DisplayName("Step 7: refuses to make or end a membership for someone who is not a member, and writes nothing")
    void refusesUnknownMembers() {
        BookClub club = new BookClub(ddb, clubTable);

        boolean madePremium = club.makePremium("nobody-7", LocalDate.of(2025, 1, 15));
        boolean ended = club.endPremium("nobody-8");

        assertThat(profile("nobody-7")).as("UpdateItem creates a missing item: without the condition "
                + "attribute_exists(UserId), makePremium invents a profile with no name and no email").isEmpty();
        assertThat(profile("nobody-8")).as("the same for endPremium: even an update that only REMOVEs creates the "
                + "item").isEmpty();
        assertThat(madePremium).as("makePremium for an unknown user id").isFalse();
        assertThat(ended).as("endPremium for an unknown user id").isFalse();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** A fresh table shaped like the club's, before Step 2: no ByEmail yet. */
    private String tableWithoutEmailIndex(String name) {
        String table = tables.table(name);
        new TableAdmin(ddb).create(BookClubFixture.bookClubWithoutEmailIndex(table).build());
        return table;
    }

    /** What Step 7 avoids: a Scan of the whole table, filtering after the read. */
    private List<Member> premiumMembersTheExpensiveWay() {
        return ddb.scanPaginator(request -> request.tableName(clubTable).consistentRead(true)
                        .filterExpression("attribute_exists(#since)")
                        .expressionAttributeNames(Map.of("#since", PREMIUM_SINCE)))
                .items().stream().map(BookClubItems::member).toList();
    }

    private List<String> inPremiumIndex() {
        return ddb.scanPaginator(request -> request.tableName(clubTable).indexName(PREMIUM_INDEX)).items().stream()
                .map(entry -> entry.get(USER_ID).s()).toList();
    }

    private Map<String, AttributeValue> profile(String userId) {
        return ddb.getItem(request -> request.tableName(clubTable).consistentRead(true)
                .key(Map.of(USER_ID, s(userId), SK, s(PROFILE)))).item();
    }

    private TableDescription describe(String table) {
        return ddb.describeTable(request -> request.tableName(table)).table();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
