package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.stream.StreamRecord;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import java.time.Instant;
import java.util.List;

/**
 * The records of the write-ahead log. Each starts with its sequence number (filled in by {@link CommitLog}
 * when it takes its place in the log) and holds full states, never deltas: an item as it now is, a key that
 * is now absent, a definition as it now reads. Replaying a record twice is therefore harmless, which lets
 * snapshots be taken while writes go on.
 */
final class LogRecords {
    /** Bytes reserved at the start of every record for its sequence number. */
    static final int LSN_BYTES = 8;
    private static final int COMMIT = 1;
    private static final int DEFINITION = 2;
    private static final int STREAM_DISABLED = 3;
    /** A commit that also completes a ClientRequestToken (format version 2 on). */
    private static final int TOKEN_COMMIT = 4;
    private static final int PUT = 1;
    private static final int DELETE = 2;

    private LogRecords() {
    }

    /**
     * One commit: a single write, or every change of a transaction, with the stream records it made and the
     * ClientRequestToken it completed (null: none), applied together or not at all. A token-only commit (a
     * transaction that changed no item) is the same record with no changes. Commits without a token keep the
     * original record kind, so they cost nothing more and read back in any version.
     */
    static ByteOutput commit(List<ItemChange> changes, List<StreamAppend> streamRecords,
                             IdempotencyTokens.Completion token) {
        ByteOutput out = start(token == null ? COMMIT : TOKEN_COMMIT, 64 + 128 * changes.size());
        out.writeVarLong(changes.size());
        for (ItemChange change : changes) {
            out.writeString(change.table().definition().tableId());
            if (change.newItem() == null) {
                out.writeByte(DELETE);
                out.writeItem(change.key().toItem(change.table().keySchema()));
            } else {
                out.writeByte(PUT);
                out.writeItem(change.newItem());
            }
        }
        out.writeList(streamRecords, append -> {
            out.writeString(append.tableId());
            out.writeString(append.streamArn());
            out.writeString(append.shardId());
            out.writeVarLong(append.startingSequence());
            StreamCodec.writeRecord(out, append.record());
        });
        if (token != null) {
            TokenCodec.write(out, token);
        }
        return out;
    }

    /** A stream closed (its table deleted, or its stream turned off or replaced). */
    static ByteOutput streamDisabled(String streamArn, Instant at) {
        ByteOutput out = start(STREAM_DISABLED, 128);
        out.writeString(streamArn);
        out.writeInstant(at);
        return out;
    }

    static ByteOutput definition(TableDefinition definition) {
        ByteOutput out = start(DEFINITION, 512);
        DefinitionCodec.write(out, definition);
        return out;
    }

    static Record read(ByteInput in) {
        long lsn = in.readLong();
        int kind = in.readByte();
        Record record;
        if (kind == COMMIT || kind == TOKEN_COMMIT) {
            record = new Commit(lsn, in.readList(LogRecords::readChange), in.readList(input -> new StreamAppend(
                    input.readString(), input.readString(), input.readString(), input.readVarLong(),
                    StreamCodec.readRecord(input))), kind == TOKEN_COMMIT ? TokenCodec.read(in) : null);
        } else if (kind == DEFINITION) {
            record = new Definition(lsn, DefinitionCodec.read(in));
        } else if (kind == STREAM_DISABLED) {
            record = new StreamDisabled(lsn, in.readString(), in.readInstant());
        } else {
            throw in.corrupt("unknown record kind " + kind);
        }
        in.expectEnd();
        return record;
    }

    private static Change readChange(ByteInput in) {
        String tableId = in.readString();
        int operation = in.readByte();
        if (operation != PUT && operation != DELETE) {
            throw in.corrupt("unknown item operation " + operation);
        }
        return new Change(tableId, in.readItem(), operation == DELETE);
    }

    private static ByteOutput start(int kind, int capacity) {
        ByteOutput out = new ByteOutput(capacity);
        out.writeLong(0);
        out.writeByte(kind);
        return out;
    }

    /** A record read back from the log. */
    sealed interface Record permits Commit, Definition, StreamDisabled {
        long lsn();
    }

    /**
     * A commit's changes, in the order they were made, the stream records they made and the token the commit
     * completed (null: none).
     */
    record Commit(long lsn, List<Change> changes, List<StreamAppend> streamRecords,
                  IdempotencyTokens.Completion token) implements Record {
    }

    /** One item's new state: the whole item, or (when deleted) an item holding only its key. */
    record Change(String tableId, Item item, boolean delete) {
    }

    /** One stream record, with what it takes to open its stream should the last snapshot predate it. */
    record StreamAppend(String tableId, String streamArn, String shardId, long startingSequence,
                        StreamRecord record) {
    }

    /** A stream closing. */
    record StreamDisabled(long lsn, String streamArn, Instant at) implements Record {
    }

    /** A table's definition as it came into force (a new table, or a change to one). */
    record Definition(long lsn, TableDefinition definition) implements Record {
    }
}
