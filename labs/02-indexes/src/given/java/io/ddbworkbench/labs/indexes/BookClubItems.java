package io.ddbworkbench.labs.indexes;

import static io.ddbworkbench.labs.indexes.BookClubTable.BOOK;
import static io.ddbworkbench.labs.indexes.BookClubTable.EMAIL;
import static io.ddbworkbench.labs.indexes.BookClubTable.NAME;
import static io.ddbworkbench.labs.indexes.BookClubTable.RATING;
import static io.ddbworkbench.labs.indexes.BookClubTable.REVIEWED_ON;
import static io.ddbworkbench.labs.indexes.BookClubTable.REVIEW_PREFIX;
import static io.ddbworkbench.labs.indexes.BookClubTable.TEXT;
import static io.ddbworkbench.labs.indexes.BookClubTable.USER_ID;

import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads items back into records (given: reading attributes is not this lab's lesson, indexes are). Each
 * method needs only the attributes it names, so it works on whatever an index projects, as long as the
 * projection holds those.
 */
public final class BookClubItems {
    private BookClubItems() {
    }

    /** The sort key of a review: {@code REVIEW#<yyyy-mm-dd>#<book>}, so a member's reviews sort by date. */
    public static String reviewSortKey(LocalDate reviewedOn, String book) {
        return REVIEW_PREFIX + reviewedOn + "#" + book;
    }

    /** The member in a PROFILE item (needs UserId, Name and Email). */
    public static Member member(Map<String, AttributeValue> item) {
        return new Member(item.get(USER_ID).s(), item.get(NAME).s(), item.get(EMAIL).s());
    }

    /** The whole review in a REVIEW# item (needs every attribute of a review). */
    public static Review review(Map<String, AttributeValue> item) {
        return new Review(item.get(USER_ID).s(), item.get(BOOK).s(), Integer.parseInt(item.get(RATING).n()),
                LocalDate.parse(item.get(REVIEWED_ON).s()), item.get(TEXT).s());
    }

    /** The book and the stars of a REVIEW# item (needs Book and Rating only). */
    public static BookRating bookRating(Map<String, AttributeValue> item) {
        return new BookRating(item.get(BOOK).s(), Integer.parseInt(item.get(RATING).n()));
    }
}
