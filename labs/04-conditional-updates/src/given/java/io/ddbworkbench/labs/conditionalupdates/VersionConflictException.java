package io.ddbworkbench.labs.conditionalupdates;

/** Someone else changed the account since the caller read it, so the caller's write was refused. */
public final class VersionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String userId;
    private final long expectedVersion;

    public VersionConflictException(String userId, long expectedVersion) {
        super("The account of " + userId + " is no longer at version " + expectedVersion
                + ": another write came first. Read it again and retry, or tell the user.");
        this.userId = userId;
        this.expectedVersion = expectedVersion;
    }

    public String userId() {
        return userId;
    }

    /** The version the refused write expected to find. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
