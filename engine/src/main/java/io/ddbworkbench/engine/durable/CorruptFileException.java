package io.ddbworkbench.engine.durable;

import java.nio.file.Path;

/**
 * A storage file holds something the engine did not write: damage in the middle of a log or in a snapshot.
 * The engine refuses to start rather than serve a database it cannot vouch for; only a torn last record (a
 * crash in the middle of writing it) is dropped silently.
 */
public final class CorruptFileException extends DurableStorageException {
    private static final long serialVersionUID = 1L;

    private static final String REMEDY = ". Move the directory aside and restore a backup, or start without it.";

    CorruptFileException(Path file, long offset, String problem) {
        super(file + " is damaged at byte " + offset + ": " + problem + REMEDY, null);
    }

    private CorruptFileException(String message) {
        super(message, null);
    }

    /** A file the others show must exist is not there. */
    static CorruptFileException missing(Path file, String evidence) {
        return new CorruptFileException(file + " is missing, yet " + evidence + REMEDY);
    }
}
