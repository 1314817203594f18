package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.TableDefinition;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A snapshot: every table's definition followed by its items, then an end frame with the totals. A snapshot
 * is written under a temporary name, forced to disk and only then renamed into place, so a snapshot that is
 * there is whole; one that reads otherwise is damage, never a crash.
 */
final class SnapshotFile {
    private static final int TABLE = 1;
    private static final int ITEMS = 2;
    private static final int END = 3;
    /** Items per frame: big enough to write quickly, small enough to keep frames far below the limit. */
    private static final int FRAME_TARGET_BYTES = 1 << 20;

    private SnapshotFile() {
    }

    /** Writes a snapshot frame by frame. */
    static final class Writer implements Closeable {
        private final FileChannel channel;
        private final ByteOutput frames = new ByteOutput(FRAME_TARGET_BYTES + (1 << 16));
        private final ByteOutput itemBytes = new ByteOutput(FRAME_TARGET_BYTES);
        private int itemsInPayload;
        private long tables;
        private long items;

        Writer(Path file, long generation, long previousLsn) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            frame(new FileHeader(FileHeader.SNAPSHOT, generation, previousLsn).encode());
        }

        void table(TableDefinition definition, List<Item> tableItems) throws IOException {
            ByteOutput table = new ByteOutput(512);
            table.writeByte(TABLE);
            DefinitionCodec.write(table, definition);
            frame(table);
            tables++;
            for (Item item : tableItems) {
                ItemCodec.writeItem(itemBytes, item);
                itemsInPayload++;
                if (itemBytes.size() >= FRAME_TARGET_BYTES) {
                    flushItems();
                }
            }
            flushItems();
            items += tableItems.size();
        }

        /** Writes the end frame and forces the file to disk. */
        void finish() throws IOException {
            ByteOutput end = new ByteOutput(32);
            end.writeByte(END);
            end.writeVarLong(tables);
            end.writeVarLong(items);
            frame(end);
            drain();
            channel.force(true);
        }

        private void flushItems() throws IOException {
            if (itemsInPayload == 0) {
                return;
            }
            ByteOutput batch = new ByteOutput(itemBytes.size() + 16);
            batch.writeByte(ITEMS);
            batch.writeVarLong(itemsInPayload);
            batch.writeRaw(itemBytes.array(), 0, itemBytes.size());
            frame(batch);
            itemBytes.clear();
            itemsInPayload = 0;
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

    /** What a snapshot holds, handed to the caller one table at a time. */
    interface Visitor {
        /** Called for each table, before its items. */
        void table(TableDefinition definition);

        /** Called for each item of the table last announced; {@code source} names the frame in any complaint. */
        void item(Item item, ByteInput source);
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
            long previousLsn = FileHeader.read(first, FileHeader.SNAPSHOT, generation).previousLsn();
            long tables = 0;
            long items = 0;
            boolean inTable = false;
            for (ByteInput frame = frames.next(); frame != null; frame = frames.next()) {
                int kind = frame.readByte();
                if (kind == TABLE) {
                    visitor.table(DefinitionCodec.read(frame));
                    frame.expectEnd();
                    inTable = true;
                    tables++;
                } else if (kind == ITEMS && inTable) {
                    int count = frame.readLength();
                    for (int i = 0; i < count; i++) {
                        visitor.item(ItemCodec.readItem(frame), frame);
                    }
                    frame.expectEnd();
                    items += count;
                } else if (kind == END) {
                    long expectedTables = frame.readVarLong();
                    long expectedItems = frame.readVarLong();
                    frame.expectEnd();
                    if (expectedTables != tables || expectedItems != items || frames.next() != null) {
                        throw frame.corrupt("the snapshot's contents do not match its end record");
                    }
                    return previousLsn;
                } else {
                    throw frame.corrupt("unexpected snapshot record kind " + kind);
                }
            }
            throw new CorruptFileException(file, frames.validLength(), "the snapshot ends before its end record");
        }
    }
}
