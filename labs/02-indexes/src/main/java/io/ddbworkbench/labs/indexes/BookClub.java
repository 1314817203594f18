package io.ddbworkbench.labs.indexes;

import io.ddbworkbench.labkit.NotDoneYet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A book club's members and their reviews in one table, with the secondary indexes that answer the questions
 * its primary key cannot. Each method is one step of the lab (README.adoc): replace its
 * {@code throw new NotDoneYet(...)} with DynamoDB calls through {@link #ddb}. Names (attributes and indexes)
 * are the constants of {@link BookClubTable}; {@link BookClubItems} turns items back into records.
 *
 * <p>The rule of the lab: an index is a second copy of the data, organised by another key and kept up to date
 * by DynamoDB. Choose its key for the question, project only what the question needs, and remember that a
 * global index is always a moment behind the table.
 */
public final class BookClub {
    private final DynamoDbClient ddb;
    private final String tableName;

    public BookClub(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /**
     * Step 1: creates the table, on demand, with the two indexes that must or may exist from the start.
     *
     * <p>One {@code CreateTable}: partition key {@code UserId} and sort key {@code SK}, both strings, and
     * {@code BillingMode.PAY_PER_REQUEST}, plus
     * <ul>
     *   <li>a local secondary index {@code ByRating}: the table's partition key {@code UserId} (HASH) with
     *   {@code Rating}, a number, as sort key (RANGE); projection {@code INCLUDE} with the non-key attribute
     *   {@code Book}. A local index can only be created together with its table.</li>
     *   <li>a global secondary index {@code PremiumMembers}: partition key {@code PremiumSince}, a string;
     *   projection {@code INCLUDE} with {@code Name} and {@code Email}.</li>
     * </ul>
     * Every key attribute of the table and of the indexes needs an {@code AttributeDefinition}, and no other
     * attribute. Then wait until the table exists ({@code ddb.waiter().waitUntilTableExists(...)}).
     */
    public void createTable() {
        throw new NotDoneYet("Step 1: create the table with the ByRating LSI and the PremiumMembers GSI");
    }

    /**
     * Step 2: adds the global secondary index {@code ByEmail} to the live table, and returns once it can be read.
     *
     * <p>One {@code UpdateTable} with the new key attribute's definition ({@code Email}, a string) and a
     * {@code GlobalSecondaryIndexUpdate} that creates {@code ByEmail}: partition key {@code Email}, projection
     * {@code KEYS_ONLY}. DynamoDB then copies every existing item into the index (backfilling), which takes
     * minutes on a big table: poll {@code DescribeTable} until the index's {@code IndexStatus} is
     * {@code ACTIVE}, with a short pause between polls. The table's own waiter does not wait for indexes.
     */
    public void addEmailIndex() {
        throw new NotDoneYet("Step 2: add the ByEmail GSI with UpdateTable and wait until it is ACTIVE");
    }

    /**
     * Steps 3 and 4: the member who has this email address, or empty.
     *
     * <p>Step 3: {@code Query} the {@code ByEmail} index ({@code IndexName}, key condition {@code Email = :email}).
     * Its projection is {@code KEYS_ONLY}, so it answers with the user id alone: read the profile with
     * {@code GetItem} (key {@code UserId}, {@code SK = PROFILE}). No match in the index means no member: return
     * empty without a second request.
     *
     * <p>Step 4: a global index is updated after the table, so it can be a moment behind: the member it names
     * may have changed their email since. Read the profile strongly consistent ({@code ConsistentRead}; the
     * index itself cannot be read that way) and return it only if its {@code Email} is still the one asked for.
     */
    public Optional<Member> findByEmail(String email) {
        throw new NotDoneYet("Step 3: query the ByEmail GSI, then get the profile from the table");
    }

    /**
     * Step 5: the member's {@code count} best rated books, highest rating first, from the {@code ByRating}
     * local index.
     *
     * <p>One {@code Query} with {@code IndexName = ByRating}, key condition {@code UserId = :id},
     * {@code ScanIndexForward = false} and {@code Limit = count}. A local index, unlike a global one, can be
     * read strongly consistent: ask for it, so a review written a moment ago counts. Everything the answer needs
     * ({@code Book}, {@code Rating}) is in the index: do not ask for more.
     */
    public List<BookRating> topRated(String userId, int count) {
        throw new NotDoneYet("Step 5: query the ByRating LSI backwards, with a limit");
    }

    /**
     * Step 6: the member's best rated review, whole (its text is not in the {@code ByRating} projection), with
     * one request; empty when the member has no review.
     *
     * <p>One {@code Query} of {@code ByRating}, backwards, {@code Limit = 1}, with
     * {@code Select = ALL_ATTRIBUTES}: a local index fetches the attributes it does not hold from the table,
     * item by item, and bills the extra reads. (A global index refuses to: it would need a second request.)
     */
    public Optional<Review> bestReview(String userId) {
        throw new NotDoneYet("Step 6: query ByRating with Select ALL_ATTRIBUTES, so the LSI fetches the text");
    }

    /**
     * Step 7: every premium member (name and email, for the premium newsletter), read from the sparse
     * {@code PremiumMembers} index.
     *
     * <p>A {@code Scan} with {@code IndexName = PremiumMembers}: the index holds only the items that have a
     * {@code PremiumSince}, so the scan reads premium members and nothing else, and its projection holds the
     * name and the email. Follow every page ({@code ddb.scanPaginator(...)}).
     */
    public List<Member> premiumMembers() {
        throw new NotDoneYet("Step 7: scan the sparse PremiumMembers GSI");
    }

    /**
     * Step 7: makes a member premium from {@code since} on: one {@code UpdateItem} of the profile that sets
     * {@code PremiumSince} (ISO text), which puts the member into the sparse index. Guard it with
     * {@code attribute_exists(UserId)}: without it, an unknown user id would create an item that has nothing
     * but a {@code PremiumSince}, and the newsletter would find a member without a name or an email.
     *
     * @return true if the member was made premium, false if there is no such member (nothing is written)
     */
    public boolean makePremium(String userId, LocalDate since) {
        throw new NotDoneYet("Step 7: SET PremiumSince, which adds the member to the sparse index (UpdateItem)");
    }

    /**
     * Step 7: ends a membership: one {@code UpdateItem} of the profile that removes {@code PremiumSince}, which
     * takes the member out of the sparse index. The same guard as {@link #makePremium}: an {@code UpdateItem}
     * that only removes an attribute still creates the item when there is none.
     *
     * @return true if the membership ended (or the member was not premium), false if there is no such member
     */
    public boolean endPremium(String userId) {
        throw new NotDoneYet("Step 7: REMOVE PremiumSince, which takes the member out of the sparse index");
    }
}
