package io.ddbworkbench.labs.transactions;

/** Another user registered with this email address; nothing was written. */
public final class EmailTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String email;

    public EmailTakenException(String email) {
        super("The email address " + email + " belongs to another user");
        this.email = email;
    }

    public String email() {
        return email;
    }
}
