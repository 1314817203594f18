package io.ddbworkbench.labs.indexes;

/** A line of a member's "best rated" list: the book and the stars, without the review's text. */
public record BookRating(String book, int rating) {
}
