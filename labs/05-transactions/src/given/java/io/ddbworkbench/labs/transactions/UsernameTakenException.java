package io.ddbworkbench.labs.transactions;

/** Someone registered this username first; nothing was written. */
public final class UsernameTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String username;

    public UsernameTakenException(String username) {
        super("The username " + username + " is taken");
        this.username = username;
    }

    public String username() {
        return username;
    }
}
