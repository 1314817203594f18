package io.ddbworkbench.labs.ttl;

import java.time.Instant;

/**
 * One login of one user, as the application sees it.
 *
 * @param expiresAt when the session ends, to the second (what {@code ExpiresAt} holds)
 */
public record Session(String userId, String sessionId, String device, Instant expiresAt) {
}
