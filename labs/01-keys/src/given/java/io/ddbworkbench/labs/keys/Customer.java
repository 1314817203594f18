package io.ddbworkbench.labs.keys;

/** A customer's profile. */
public record Customer(String customerId, String name, String email) {
}
