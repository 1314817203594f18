package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.stream.StreamRegistry;
import io.ddbworkbench.engine.stream.StreamState;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the tables, their streams and the ClientRequestTokens still within their ten minutes from a data
 * directory: the newest snapshot, then every log record after it, in order.
 * Nothing is published to the write path's listeners: streams and the log itself saw these changes when they
 * were first made. Sequence numbers must follow on without a gap from the snapshot through every log, so a
 * missing or stray file is reported rather than silently skipped.
 */
final class Recovery {
    private final StorageFiles files;
    private final Catalog catalog;
    private final ItemWriter writer;
    private final StreamRegistry streams;
    private final IdempotencyTokens tokens;
    /** Tables by id: log records name the table they changed by id, as names are reused after deletion. */
    private final Map<String, Table> tablesById = new HashMap<>();
    private long lastLsn;
    private long recordsReplayed;

    private Recovery(StorageFiles files, Catalog catalog, ItemWriter writer, StreamRegistry streams,
                     IdempotencyTokens tokens) {
        this.files = files;
        this.catalog = catalog;
        this.writer = writer;
        this.streams = streams;
        this.tokens = tokens;
    }

    static Outcome run(StorageFiles files, Catalog catalog, ItemWriter writer, StreamRegistry streams,
                       IdempotencyTokens tokens) throws IOException {
        return new Recovery(files, catalog, writer, streams, tokens).run();
    }

    private Outcome run() throws IOException {
        files.deletePartialSnapshots();
        List<Long> snapshots = files.snapshots();
        long generation = 1;
        if (!snapshots.isEmpty()) {
            generation = snapshots.get(snapshots.size() - 1);
            lastLsn = SnapshotFile.read(files.snapshot(generation), generation, new SnapshotFile.Visitor() {
                private Table current;

                @Override
                public void table(TableDefinition definition) {
                    current = define(definition);
                }

                @Override
                public void item(Item item, ByteInput source) {
                    restore(current, item, false, source);
                }

                @Override
                public void stream(StreamState stream) {
                    streams.restore(stream);
                }

                @Override
                public void token(IdempotencyTokens.Completion completion) {
                    tokens.restore(completion);
                }
            });
        }
        List<Long> logs = logsFrom(generation, !snapshots.isEmpty());
        long validLength = 0;
        for (int i = 0; i < logs.size(); i++) {
            boolean last = i == logs.size() - 1;
            validLength = replay(logs.get(i), last);
        }
        long activeGeneration = logs.isEmpty() ? generation : logs.get(logs.size() - 1);
        return new Outcome(activeGeneration, lastLsn, validLength, recordsReplayed);
    }

    /**
     * The logs to replay: generation {@code from} onwards, with none missing in between. Compaction creates
     * log N before it writes snapshot N, so a snapshot without its log means a file was lost.
     */
    private List<Long> logsFrom(long from, boolean afterSnapshot) {
        List<Long> logs = files.logs().stream().filter(generation -> generation >= from).toList();
        if (afterSnapshot && logs.isEmpty()) {
            throw CorruptFileException.missing(files.log(from), files.snapshot(from).getFileName() + " needs it");
        }
        for (int i = 0; i < logs.size(); i++) {
            if (logs.get(i) != from + i) {
                throw CorruptFileException.missing(files.log(from + i),
                        files.log(logs.get(i)).getFileName() + " follows it");
            }
        }
        return logs;
    }

    /** Replays one log; returns the length of its whole frames (where appending may continue). */
    private long replay(long generation, boolean last) throws IOException {
        Path file = files.log(generation);
        try (FrameReader frames = new FrameReader(file)) {
            ByteInput first = frames.next();
            if (first != null) {
                long previous = FileHeader.read(first, FileHeader.LOG, generation).previousLsn();
                if (previous != lastLsn) {
                    throw first.corrupt("the log follows record " + previous + " but the files before it end at "
                            + lastLsn + ": a file is missing or out of place");
                }
                for (ByteInput frame = frames.next(); frame != null; frame = frames.next()) {
                    apply(LogRecords.read(frame), frame);
                }
            }
            if (frames.tornTail() && !last) {
                throw new CorruptFileException(file, frames.validLength(),
                        "a record is cut short, yet later logs exist");
            }
            return frames.validLength();
        }
    }

    private void apply(LogRecords.Record record, ByteInput frame) {
        if (record.lsn() != lastLsn + 1) {
            throw frame.corrupt("record " + record.lsn() + " follows record " + lastLsn);
        }
        lastLsn = record.lsn();
        recordsReplayed++;
        if (record instanceof LogRecords.Definition definition) {
            define(definition.definition());
        } else if (record instanceof LogRecords.Commit commit) {
            // A table deleted before the last snapshot is not in it; a write that raced its deletion can still
            // follow in the log, and there is nothing left to apply it (or its stream record) to.
            for (LogRecords.Change change : commit.changes()) {
                Table table = tablesById.get(change.tableId());
                if (table != null) {
                    restore(table, change.item(), change.delete(), frame);
                }
            }
            for (LogRecords.StreamAppend append : commit.streamRecords()) {
                Table table = tablesById.get(append.tableId());
                if (table != null) {
                    streams.restoreRecord(table, append.streamArn(), append.shardId(), append.startingSequence(),
                            append.record());
                }
            }
            if (commit.token() != null) {
                tokens.restore(commit.token());
            }
        } else if (record instanceof LogRecords.StreamDisabled disabled) {
            streams.restoreDisabled(disabled.streamArn(), disabled.at());
        }
    }

    private Table define(TableDefinition definition) {
        Table table = catalog.restore(definition);
        tablesById.put(definition.tableId(), table);
        return table;
    }

    private void restore(Table table, Item item, boolean delete, ByteInput source) {
        PrimaryKey key = table.keySchema().keyOfOrNull(item);
        if (key == null) {
            throw source.corrupt("an item lacks the key of table " + table.name());
        }
        writer.restore(table, key, delete ? null : item);
    }

    /**
     * What recovery found: the log to continue (its generation, last sequence number and the length of its
     * whole frames; zero means start it afresh) and figures for the startup banner.
     */
    record Outcome(long generation, long lastLsn, long validLength, long recordsReplayed) {
    }
}
