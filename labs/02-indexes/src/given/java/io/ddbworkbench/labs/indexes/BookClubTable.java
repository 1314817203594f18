package io.ddbworkbench.labs.indexes;

/**
 * The names this lab uses (given: nothing to do here). One table holds every member's item collection: the
 * profile and the member's book reviews, told apart by the sort key. The table's key answers "this member's
 * reviews, newest first"; the indexes answer the questions the key cannot.
 *
 * <pre>
 * UserId (S, pk)  SK (S, sort key)                 other attributes
 * ada             PROFILE                          Name, Email, PremiumSince (premium members only)
 * ada             REVIEW#2024-11-02#Middlemarch    Book, Rating (N, 1 to 5), ReviewedOn, Text
 * </pre>
 */
public final class BookClubTable {
    public static final String USER_ID = "UserId";
    public static final String SK = "SK";

    /** The sort key of a member's profile item. */
    public static final String PROFILE = "PROFILE";
    /** Every review's sort key starts with this: {@code REVIEW#<yyyy-mm-dd>#<book>}. */
    public static final String REVIEW_PREFIX = "REVIEW#";

    public static final String NAME = "Name";
    public static final String EMAIL = "Email";
    /** The day a member became premium (ISO text); absent for everyone else. */
    public static final String PREMIUM_SINCE = "PremiumSince";

    public static final String BOOK = "Book";
    /** 1 to 5 stars, a number. */
    public static final String RATING = "Rating";
    /** The review's date (ISO text). */
    public static final String REVIEWED_ON = "ReviewedOn";
    /** The review itself: the bulk of a review item. */
    public static final String TEXT = "Text";

    /** Local secondary index: a member's reviews ordered by Rating instead of by date. */
    public static final String RATING_INDEX = "ByRating";
    /** Global secondary index: a member found by email address (added to the live table in Step 2). */
    public static final String EMAIL_INDEX = "ByEmail";
    /** Sparse global secondary index: only the members that have a PremiumSince. */
    public static final String PREMIUM_INDEX = "PremiumMembers";

    private BookClubTable() {
    }
}
