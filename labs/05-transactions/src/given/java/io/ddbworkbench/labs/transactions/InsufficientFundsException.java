package io.ddbworkbench.labs.transactions;

/** A transfer larger than the balance of the account it debits; nothing was moved. */
public final class InsufficientFundsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final long requestedCents;
    private final long availableCents;

    public InsufficientFundsException(String accountId, long requestedCents, long availableCents) {
        super("Cannot transfer " + requestedCents + " cents from account " + accountId + ": only " + availableCents
                + " available");
        this.accountId = accountId;
        this.requestedCents = requestedCents;
        this.availableCents = availableCents;
    }

    public String accountId() {
        return accountId;
    }

    public long requestedCents() {
        return requestedCents;
    }

    /** The balance when the transfer was refused. */
    public long availableCents() {
        return availableCents;
    }
}
