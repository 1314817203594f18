package io.ddbworkbench.labs.indexes;

import static io.ddbworkbench.labs.indexes.BookClubTable.BOOK;
import static io.ddbworkbench.labs.indexes.BookClubTable.EMAIL;
import static io.ddbworkbench.labs.indexes.BookClubTable.EMAIL_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.NAME;
import static io.ddbworkbench.labs.indexes.BookClubTable.PREMIUM_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.PREMIUM_SINCE;
import static io.ddbworkbench.labs.indexes.BookClubTable.PROFILE;
import static io.ddbworkbench.labs.indexes.BookClubTable.RATING;
import static io.ddbworkbench.labs.indexes.BookClubTable.RATING_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.REVIEWED_ON;
import static io.ddbworkbench.labs.indexes.BookClubTable.SK;
import static io.ddbworkbench.labs.indexes.BookClubTable.TEXT;
import static io.ddbworkbench.labs.indexes.BookClubTable.USER_ID;

import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The book club the tests read, written straight through the client (never through the code under test, so
 * every step can pass on its own): named members with known reviews, and a crowd of 40 members of whom a few
 * are premium, so that the sparse index has something to leave out.
 */
final class BookClubFixture {
    static final Member ADA = new Member("ada", "Ada Lovelace", "ada@example.com");
    static final Member BOB = new Member("bob", "Bob Ross", "bob@example.com");
    /** A member with a profile and no review. */
    static final Member CY = new Member("cy", "Cy Young", "cy@example.com");

    /** ada's reviews, oldest first; every rating differs, so "best first" has one right order. */
    static final List<Review> ADA_REVIEWS = List.of(
            review("ada", "Middlemarch", 4, "2024-03-02"),
            review("ada", "Moby-Dick", 2, "2024-05-17"),
            review("ada", "Frankenstein", 5, "2024-08-30"),
            review("ada", "Ulysses", 1, "2024-10-11"),
            review("ada", "Persuasion", 3, "2024-12-01"));

    private final DynamoDbClient ddb;
    private final String tableName;
    private final Duration indexLagLimit;

    /**
     * @param indexLagLimit how long to wait for a global index to show a write: zero on the embedded engine,
     *     which updates its indexes with the write; on AWS far more than the usual lag (well under a second)
     */
    BookClubFixture(DynamoDbClient ddb, String tableName, Duration indexLagLimit) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.indexLagLimit = indexLagLimit;
    }

    /** A fixture for another table of the same backend. */
    BookClubFixture forTable(String otherTable) {
        return new BookClubFixture(ddb, otherTable, indexLagLimit);
    }

    /** The table as the finished lab has it: both keys, ByRating, PremiumMembers and ByEmail. */
    static TableSpec.Builder bookClubWithoutEmailIndex(String tableName) {
        return TableSpec.builder(tableName)
                .partitionKey(USER_ID, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.S)
                .onDemand()
                .localIndex(IndexSpec.local(RATING_INDEX).sortKey(RATING, ScalarAttributeType.N)
                        .projectInclude(BOOK).build())
                .globalIndex(IndexSpec.global(PREMIUM_INDEX).partitionKey(PREMIUM_SINCE, ScalarAttributeType.S)
                        .projectInclude(NAME, EMAIL).build());
    }

    void createAndFill() {
        new TableAdmin(ddb).create(bookClubWithoutEmailIndex(tableName)
                .globalIndex(IndexSpec.global(EMAIL_INDEX).partitionKey(EMAIL, ScalarAttributeType.S)
                        .projectKeysOnly().build())
                .build());
        putMember(ADA, LocalDate.of(2023, 5, 1));
        putMember(BOB, null);
        putMember(CY, null);
        ADA_REVIEWS.forEach(this::putReview);
        putReview(review("bob", "Emma", 4, "2024-06-01"));
        putReview(review("bob", "Dracula", 3, "2024-07-01"));
        Random random = new Random(20240501);
        for (int m = 0; m < 40; m++) {
            String userId = String.format("m-%03d", m);
            LocalDate premiumSince = random.nextInt(6) == 0 ? LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300))
                    : null;
            putMember(new Member(userId, "Member " + m, userId + "@example.com"), premiumSince);
        }
        awaitInEmailIndex("m-039@example.com");
    }

    /**
     * Global indexes follow the table a moment later. The embedded engine shows a write at once; on AWS, a test
     * waits here until a member it just wrote is in ByEmail (and the fixture until its last member is, so the
     * tests start from a settled club).
     */
    void awaitInEmailIndex(String email) {
        await(() -> !ddb.query(request -> request.tableName(tableName)
                .indexName(EMAIL_INDEX).keyConditionExpression("#email = :email")
                .expressionAttributeNames(Map.of("#email", EMAIL))
                .expressionAttributeValues(Map.of(":email", s(email)))).items().isEmpty());
    }

    /**
     * Polls until {@code condition} holds or the index lag limit has passed, for what a global index shows.
     * Gives up silently: the test's own assertion then says what was expected.
     */
    void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + indexLagLimit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Writes a profile; {@code premiumSince} null for a member who is not premium. */
    void putMember(Member member, LocalDate premiumSince) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(USER_ID, s(member.userId()), SK, s(PROFILE),
                NAME, s(member.name()), EMAIL, s(member.email())));
        if (premiumSince != null) {
            item.put(PREMIUM_SINCE, s(premiumSince.toString()));
        }
        ddb.putItem(request -> request.tableName(tableName).item(item));
    }

    void putReview(Review review) {
        ddb.putItem(request -> request.tableName(tableName).item(Map.of(
                USER_ID, s(review.userId()), SK, s(BookClubItems.reviewSortKey(review.reviewedOn(), review.book())),
                BOOK, s(review.book()), RATING, AttributeValue.fromN(Integer.toString(review.rating())),
                REVIEWED_ON, s(review.reviewedOn().toString()), TEXT, s(review.text()))));
    }

    static Review review(String userId, String book, int rating, String date) {
        String text = "Read " + book + " over a few evenings. The opening chapters take patience; the middle "
                + "rewards it with characters who argue like real people, and the ending stays with you for days. "
                + "Worth it for the prose alone, and for the moments when the plot gets out of the way. "
                + rating + " stars from " + userId + ".";
        return new Review(userId, book, rating, LocalDate.parse(date), text);
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
