package io.ddbworkbench.labs.conditionalupdates;

/** There is no account for this user id: a write refused to create one by accident. */
public final class UnknownUserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String userId;

    public UnknownUserException(String userId) {
        super("No account for user " + userId);
        this.userId = userId;
    }

    public String userId() {
        return userId;
    }
}
