package io.ddbworkbench.labs.conditionalupdates;

/** A withdrawal larger than the balance; nothing was taken. */
public final class InsufficientFundsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String userId;
    private final long requestedCents;
    private final long availableCents;

    public InsufficientFundsException(String userId, long requestedCents, long availableCents) {
        super("Cannot withdraw " + requestedCents + " cents from the account of " + userId + ": only "
                + availableCents + " available");
        this.userId = userId;
        this.requestedCents = requestedCents;
        this.availableCents = availableCents;
    }

    public String userId() {
        return userId;
    }

    public long requestedCents() {
        return requestedCents;
    }

    /** The balance at the moment the withdrawal was refused. */
    public long availableCents() {
        return availableCents;
    }
}
