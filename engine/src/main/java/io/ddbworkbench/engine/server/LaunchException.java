package io.ddbworkbench.engine.server;

/** Why the server cannot start; the message is the one line the user sees, the status the process's exit code. */
final class LaunchException extends Exception {
    /** A command line that makes no sense: the usage follows the message. */
    static final int USAGE = 2;
    /** A sound command line that cannot be served here (port taken, storage not available). */
    static final int FAILURE = 1;

    private final int status;

    private LaunchException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static LaunchException usage(String message) {
        return new LaunchException(USAGE, message);
    }

    static LaunchException failure(String message) {
        return new LaunchException(FAILURE, message);
    }

    int status() {
        return status;
    }
}
