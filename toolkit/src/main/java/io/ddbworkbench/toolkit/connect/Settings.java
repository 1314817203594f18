package io.ddbworkbench.toolkit.connect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the backend switches are read from. Every setting has a dotted name ({@code ddb.endpoint}) used as a
 * system property, and an environment variable derived from it ({@code DDB_ENDPOINT}); a system property wins
 * because it is the more local choice.
 */
@FunctionalInterface
public interface Settings {
    /** The endpoint URL for the {@code endpoint} backend (and an optional override for {@code aws}). */
    String ENDPOINT = "ddb.endpoint";
    /** The region to sign for; defaults to us-east-1 locally and to the SDK's region chain on AWS. */
    String REGION = "ddb.region";
    /** Must be {@code true} before anything touches the real service. */
    String ALLOW_AWS = "ddb.allow.aws";
    /** The DynamoDB Local image the {@code container} backend runs. */
    String CONTAINER_IMAGE = "ddb.container.image";

    /** The value of a setting, blank values counting as unset. */
    Optional<String> get(String name);

    /** System properties, then environment variables. */
    static Settings fromSystem() {
        return name -> nonBlank(System.getProperty(name))
                .or(() -> nonBlank(System.getenv(environmentName(name))));
    }

    /** Fixed values, keyed by dotted name: for tests and for programs that choose their backend in code. */
    static Settings of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> nonBlank(copy.get(name));
    }

    /** This source first, the other where this one has nothing. */
    default Settings orElse(Settings fallback) {
        return name -> get(name).or(() -> fallback.get(name));
    }

    /** {@code ddb.allow.aws} becomes {@code DDB_ALLOW_AWS}. */
    static String environmentName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
