package io.ddbworkbench.engine.durable;

/**
 * The data directory cannot be opened: another engine holds it, it cannot be read or written, or a file in
 * it is damaged ({@link CorruptFileException}). The message is written for the person starting the engine.
 */
public class DurableStorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DurableStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
