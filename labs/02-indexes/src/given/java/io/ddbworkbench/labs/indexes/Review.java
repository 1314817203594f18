package io.ddbworkbench.labs.indexes;

import java.time.LocalDate;

/**
 * One review of a book by a member.
 *
 * @param rating 1 to 5 stars
 * @param text the review itself (a few hundred characters)
 */
public record Review(String userId, String book, int rating, LocalDate reviewedOn, String text) {

    /** Short, so that a test failure listing a few reviews stays readable; {@code text} is left out. */
    @Override
    public String toString() {
        return "Review[" + userId + " " + book + " " + rating + "* " + reviewedOn + "]";
    }
}
