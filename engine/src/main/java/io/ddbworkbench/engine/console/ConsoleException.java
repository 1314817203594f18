package io.ddbworkbench.engine.console;

/** A console request that cannot be answered: the status to send and a message for the person reading it. */
final class ConsoleException extends RuntimeException {
    private final int status;

    private ConsoleException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ConsoleException badRequest(String message) {
        return new ConsoleException(400, message);
    }

    static ConsoleException notFound(String message) {
        return new ConsoleException(404, message);
    }

    int status() {
        return status;
    }
}
