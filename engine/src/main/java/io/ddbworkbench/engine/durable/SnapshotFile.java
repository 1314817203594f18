package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.stream.StreamRecord;
import io.ddbworkbench.engine.stream.StreamState;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A snapshot: every table's definition followed by its items, then every stream followed by its records,
 * then the completed ClientRequestTokens still within their ten minutes, then an end frame with the totals.
 * A snapshot is written under a temporary name, forced to disk and only then renamed into place, so a
 * snapshot that is there is whole; one that reads otherwise is damage, never a crash.
 */
final class SnapshotFile {
    private static final int TABLE = 1;
    private static final int ITEMS = 2;
    private static final int END = 3;
    private static final int STREAM = 4;
    private static final int STREAM_RECORDS = 5;
    private static final int TOKENS = 6;
    /** The kinds the end frame counts, by format version. */
    private static final int[] COUNTED_BEFORE_TOKENS = {TABLE, ITEMS, STREAM, STREAM_RECORDS};
    private static final int[] COUNTED = {TABLE, ITEMS, STREAM, STREAM_RECORDS, TOKENS};
    /** Elements per frame: big enough to write quickly, small enough to keep frames far below the limit. */
    private static final int FRAME_TARGET_BYTES = 1 << 20;

    private SnapshotFile() {
    }

    /** Writes a snapshot frame by frame. */
    static final class Writer implements Closeable {
        private final FileChannel channel;
        private final ByteOutput frames = new ByteOutput(FRAME_TARGET_BYTES + (1 << 16));
        private final long[] counts = new long[TOKENS + 1];

        Writer(Path file, long generation, long previousLsn) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            frame(FileHeader.current(FileHeader.SNAPSHOT, generation, previousLsn).encode());
        }

        /** A table and its items, given in the compact form {@link ByteOutput#writeItem} writes. */
        void table(TableDefinition definition, List<byte[]> encodedItems) throws IOException {
            ByteOutput table = new ByteOutput(512);
            table.writeByte(TABLE);
            DefinitionCodec.write(table, definition);
            frame(table);
            counts[TABLE]++;
            batches(ITEMS, encodedItems, ByteOutput::writeBytes);
        }

        void stream(StreamState state) throws IOException {
            ByteOutput stream = new ByteOutput(512);
            stream.writeByte(STREAM);
            StreamCodec.writeStream(stream, state);
            frame(stream);
            counts[STREAM]++;
            batches(STREAM_RECORDS, state.records(), StreamCodec::writeRecord);
        }

        void tokens(List<IdempotencyTokens.Completion> completions) throws IOException {
            batches(TOKENS, completions, TokenCodec::write);
        }

        /** Writes the end frame and forces the file to disk. */
        void finish() throws IOException {
            ByteOutput end = new ByteOutput(32);
            end.writeByte(END);
            for (int kind : COUNTED) {
                end.writeVarLong(counts[kind]);
            }
            frame(end);
            drain();
            channel.force(true);
        }

        /** Elements in frames of about {@link #FRAME_TARGET_BYTES}, each frame led by its kind and count. */
        private <T> void batches(int kind, List<T> elements, BiConsumer<ByteOutput, T> write) throws IOException {
            ByteOutput batch = new ByteOutput(FRAME_TARGET_BYTES);
            int inBatch = 0;
            for (int i = 0; i < elements.size(); i++) {
                write.accept(batch, elements.get(i));
                inBatch++;
                if (batch.size() >= FRAME_TARGET_BYTES || i == elements.size() - 1) {
                    ByteOutput counted = new ByteOutput(batch.size() + 16);
                    counted.writeByte(kind);
                    counted.writeVarLong(inBatch);
                    counted.writeRaw(batch.array(), 0, batch.size());
                    frame(counted);
                    batch.clear();
                    inBatch = 0;
                }
            }
            counts[kind] += elements.size();
        }

        private void frame(ByteOutput content) throws IOException {
            Frames.append(frames, content.array(), content.size());
            if (frames.size() >= FRAME_TARGET_BYTES) {
                drain();
            }
        }

        private void drain() throws IOException {
            ByteBuffer bytes = ByteBuffer.wrap(frames.array(), 0, frames.size());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            frames.clear();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** What a snapshot holds, handed over in the order it was written. */
    interface Visitor {
        /** Called for each table, before its items. */
        void table(TableDefinition definition);

        /** Called for each item of the table last announced; {@code source} names the frame in any complaint. */
        void item(Item item, ByteInput source);

        /** Called for each stream, with all its records. */
        void stream(StreamState stream);

        /** Called for each completed ClientRequestToken. */
        void token(IdempotencyTokens.Completion completion);
    }

    /**
     * Reads a whole snapshot into {@code visitor}.
     *
     * @return the sequence number of the last log record the snapshot covers
     */
    static long read(Path file, long generation, Visitor visitor) throws IOException {
        try (FrameReader frames = new FrameReader(file)) {
            ByteInput first = frames.next();
            if (first == null) {
                throw new CorruptFileException(file, 0, "the snapshot has no header");
            }
            FileHeader header = FileHeader.read(first, FileHeader.SNAPSHOT, generation);
            boolean withTokens = header.version() >= FileHeader.FIRST_VERSION_WITH_TOKENS;
            long[] counts = new long[TOKENS + 1];
            int last = 0;
            ByteInput stream = null;
            List<StreamRecord> streamRecords = new ArrayList<>();
            for (ByteInput frame = frames.next(); frame != null; frame = frames.next()) {
                int kind = frame.readByte();
                boolean follows = kind == TABLE || kind == STREAM || kind == END || (kind == TOKENS && withTokens)
                        || (kind == ITEMS && (last == TABLE || last == ITEMS))
                        || (kind == STREAM_RECORDS && (last == STREAM || last == STREAM_RECORDS));
                if (!follows) {
                    throw frame.corrupt("unexpected snapshot record kind " + kind + " after kind " + last);
                }
                if (stream != null && kind != STREAM_RECORDS) {
                    StreamState state = StreamCodec.readStream(stream, streamRecords);
                    stream.expectEnd();
                    visitor.stream(state);
                    stream = null;
                    streamRecords = new ArrayList<>();
                }
                last = kind;
                if (kind == END) {
                    for (int counted : withTokens ? COUNTED : COUNTED_BEFORE_TOKENS) {
                        if (frame.readVarLong() != counts[counted]) {
                            throw frame.corrupt("the snapshot's contents do not match its end record");
                        }
                    }
                    frame.expectEnd();
                    if (frames.next() != null) {
                        throw frame.corrupt("the snapshot goes on after its end record");
                    }
                    return header.previousLsn();
                }
                if (kind == TABLE) {
                    counts[TABLE]++;
                    visitor.table(DefinitionCodec.read(frame));
                    frame.expectEnd();
                } else if (kind == STREAM) {
                    counts[STREAM]++;
                    stream = frame; // read once its records are in
                } else {
                    int count = frame.readLength();
                    counts[kind] += count;
                    for (int i = 0; i < count; i++) {
                        if (kind == ITEMS) {
                            visitor.item(frame.readItem(), frame);
                        } else if (kind == TOKENS) {
                            visitor.token(TokenCodec.read(frame));
                        } else {
                            streamRecords.add(StreamCodec.readRecord(frame));
                        }
                    }
                    frame.expectEnd();
                }
            }
            throw new CorruptFileException(file, frames.validLength(), "the snapshot ends before its end record");
        }
    }
}
