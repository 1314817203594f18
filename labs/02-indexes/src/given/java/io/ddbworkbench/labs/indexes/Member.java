package io.ddbworkbench.labs.indexes;

/** A member's profile. */
public record Member(String userId, String name, String email) {
}
