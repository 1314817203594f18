package io.ddbworkbench.labs.ttl;

/**
 * A session that left the table, read from the table's stream: who it belonged to and why it ended.
 */
public record SessionEnd(String userId, String sessionId, Reason reason) {

    /** Why a session item was deleted. */
    public enum Reason {
        /** The TTL process deleted it after its {@code ExpiresAt} had passed. */
        EXPIRED,
        /** Someone deleted it: the user logged out, or an administrator ended it. */
        LOGGED_OUT
    }
}
