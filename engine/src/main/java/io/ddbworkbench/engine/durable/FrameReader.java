package io.ddbworkbench.engine.durable;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the frames of one file in order. A frame that a crash cut short (the file ends inside it, or it is
 * the file's last frame and fails its checksum, or the file ends in zeros where a frame should start) ends
 * the file quietly, noted as a torn tail; damage anywhere else is a {@link CorruptFileException}.
 */
final class FrameReader implements Closeable {
    private final Path file;
    private final long size;
    private final DataInputStream in;
    private long position;
    private boolean tornTail;

    FrameReader(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** The next frame's payload, or null when the file ends (cleanly or torn). */
    ByteInput next() throws IOException {
        long remaining = size - position;
        if (remaining == 0) {
            return null;
        }
        if (remaining < Frames.HEADER_BYTES) {
            return torn();
        }
        int length = in.readInt();
        int complement = in.readInt();
        int checksum = in.readInt();
        if (length != ~complement || length <= 0 || length > Frames.MAX_PAYLOAD_BYTES) {
            if (length == 0 && complement == 0 && checksum == 0 && restIsZero(remaining - Frames.HEADER_BYTES)) {
                return torn();
            }
            throw new CorruptFileException(file, position, "a record header is damaged");
        }
        long end = position + Frames.HEADER_BYTES + length;
        if (end > size) {
            return torn();
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        if (Frames.checksum(payload, 0, length) != checksum) {
            if (end == size) {
                return torn();
            }
            throw new CorruptFileException(file, position, "a record fails its checksum");
        }
        ByteInput frame = new ByteInput(payload, file, position);
        position = end;
        return frame;
    }

    /** Where the last whole frame ends: a torn tail is cut off here before the file is written again. */
    long validLength() {
        return position;
    }

    boolean tornTail() {
        return tornTail;
    }

    Path file() {
        return file;
    }

    private ByteInput torn() {
        tornTail = true;
        return null;
    }

    private boolean restIsZero(long count) throws IOException {
        InputStream rest = in;
        for (long i = 0; i < count; i++) {
            if (rest.read() != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
