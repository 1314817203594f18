package io.ddbworkbench.labs.transactions;

/** A transfer named an account that does not exist; nothing was moved. */
public final class UnknownAccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String accountId;

    public UnknownAccountException(String accountId) {
        super("No account " + accountId);
        this.accountId = accountId;
    }

    public String accountId() {
        return accountId;
    }
}
