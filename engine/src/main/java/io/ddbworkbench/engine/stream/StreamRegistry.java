package io.ddbworkbench.engine.stream;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ChangeListener;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.StreamSettings;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every stream in the engine, by ARN, and the listener that feeds them. A table's current stream is whatever
 * its definition names (so CreateTable and UpdateTable need not announce new streams); UpdateTable and
 * DeleteTable call {@link #tableChanged} so a stream they end is closed at that very moment and its day of
 * retention counts from then.
 */
public final class StreamRegistry implements ChangeListener {
    /** How long records are kept, and how long a closed stream stays readable. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** How long a shard iterator may be used after it was handed out. */
    public static final Duration ITERATOR_LIFETIME = Duration.ofMinutes(15);

    private static final String EXPIRED = "The provided iterator exceeds the maximum age allowed.";

    private final ConcurrentHashMap<String, TableStream> streams = new ConcurrentHashMap<>();
    private final AtomicLong sequences = new AtomicLong();
    private final Catalog catalog;
    private volatile StreamJournal journal = StreamJournal.NONE;

    public StreamRegistry(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Reports every appended record and every closed stream to {@code journal} (the durable storage). */
    public void journalTo(StreamJournal journal) {
        this.journal = journal;
    }

    static Instant trimBefore(Instant now) {
        return now.minus(RETENTION);
    }

    /**
     * Appends a record for each change to the stream its table has now. A change that leaves the item as it
     * was (a put of identical content) writes no record, as on the service.
     */
    @Override
    public void committed(List<ItemChange> changes) {
        Instant now = catalog.now();
        for (ItemChange change : changes) {
            TableDefinition definition = change.table().definition();
            if (definition.stream().enabled() && !Objects.equals(change.oldItem(), change.newItem())) {
                TableStream stream = current(definition);
                journal.appended(stream, stream.append(change, sequences.incrementAndGet(), now));
            }
        }
    }

    /** Brings the table's streams in line with its definition: opens the one it names, closes any other. */
    public void tableChanged(Table table) {
        reconcile(table.definition(), catalog.now());
    }

    /** The streams still readable, of one table or (name null) of all, in ARN order (table, then label). */
    public List<TableStream> list(String tableName) {
        refresh();
        List<TableStream> found = new ArrayList<>();
        for (TableStream stream : streams.values()) {
            if (tableName == null || stream.tableName().equals(tableName)) {
                found.add(stream);
            }
        }
        found.sort(Comparator.comparing(TableStream::arn));
        return found;
    }

    /** The stream with this ARN, or the service's ResourceNotFoundException. */
    public TableStream require(String streamArn) {
        TableStream stream = streams.get(streamArn);
        if (stream == null || stream.isGoneAt(catalog.now())) {
            refresh();
            stream = streams.get(streamArn);
        }
        if (stream == null) {
            throw ApiException.resourceNotFound("Requested resource not found: Stream: " + streamArn + " not found");
        }
        return stream;
    }

    /**
     * A new iterator into one of the stream's shards.
     *
     * @param sequenceNumber for AT_/AFTER_SEQUENCE_NUMBER, else ignored
     * @param timestamp for AT_TIMESTAMP, else ignored
     */
    public String shardIterator(String streamArn, String shardId, ShardIteratorType type, String sequenceNumber,
                                Instant timestamp) {
        Shard shard = requireShard(require(streamArn), shardId);
        Instant now = catalog.now();
        long position;
        switch (type) {
            case TRIM_HORIZON:
                position = shard.oldestPosition(trimBefore(now));
                break;
            case LATEST:
                position = shard.latestPosition(trimBefore(now));
                break;
            case AT_TIMESTAMP:
                if (timestamp == null) {
                    throw ApiException.validation("Timestamp is required when ShardIteratorType is " + type);
                }
                position = shard.positionAt(timestamp, trimBefore(now));
                break;
            default:
                long sequence = requireSequence(shard, type, sequenceNumber);
                position = type == ShardIteratorType.AT_SEQUENCE_NUMBER ? sequence : sequence + 1;
                shard.checkNotTrimmed(position, trimBefore(now));
        }
        return new ShardIterator(streamArn, shardId, position, now).encode();
    }

    /**
     * Records from where the iterator points, and the iterator for what follows (null once a closed shard has
     * been read to its end).
     */
    public RecordsPage read(String shardIterator, int limit) {
        ShardIterator from = ShardIterator.decode(shardIterator);
        Instant now = catalog.now();
        if (!now.isBefore(from.issuedAt().plus(ITERATOR_LIFETIME))) {
            throw new ApiException(ErrorCode.EXPIRED_ITERATOR, EXPIRED);
        }
        Shard shard = requireShard(require(from.streamArn()), from.shardId());
        Shard.ShardRead read = shard.read(from.position(), limit, trimBefore(now));
        String next = read.exhausted() ? null
                : new ShardIterator(from.streamArn(), from.shardId(), read.next(), now).encode();
        return new RecordsPage(read.records(), next);
    }

    /**
     * Up to {@code count} of the stream's newest records, oldest first, without an iterator: for tools that
     * look at a stream (the web console) rather than consume it.
     */
    public List<StreamRecord> latestRecords(TableStream stream, int count) {
        return stream.shard().latest(count, trimBefore(catalog.now()));
    }

    /**
     * The stream the table's definition names, made on first need. A stream registered under the same ARN for
     * another table (one deleted and recreated within the same millisecond of a frozen test clock) is replaced.
     */
    private TableStream current(TableDefinition definition) {
        StreamSettings settings = definition.stream();
        TableStream known = streams.get(settings.latestArn());
        if (known != null && known.tableId().equals(definition.tableId())) {
            return known;
        }
        return streams.compute(settings.latestArn(), (arn, existing) ->
                existing != null && existing.tableId().equals(definition.tableId()) ? existing
                        : new TableStream(arn, settings.latestLabel(), definition.name(), definition.tableId(),
                                definition.keySchema(), settings.viewType(),
                                Instant.parse(settings.latestLabel() + "Z"), sequences.incrementAndGet()));
    }

    private void reconcile(TableDefinition definition, Instant now) {
        boolean writing = definition.stream().enabled() && definition.status() != TableStatus.DELETING;
        String open = writing ? current(definition).arn() : null;
        for (TableStream stream : streams.values()) {
            if (stream.isOpen() && stream.tableId().equals(definition.tableId()) && !stream.arn().equals(open)
                    && stream.disable(now)) {
                journal.disabled(stream, now);
            }
        }
    }

    /** The streams of one table (by id), or of every table (null), as a snapshot saves them. */
    public List<StreamState> export(String tableId) {
        List<StreamState> states = new ArrayList<>();
        for (TableStream stream : streams.values()) {
            if (tableId == null || stream.tableId().equals(tableId)) {
                states.add(stream.state());
            }
        }
        return states;
    }

    /** Recovery: puts back a stream a snapshot saved, replacing any stream of that ARN. */
    public void restore(StreamState state) {
        streams.put(state.arn(), TableStream.restore(state));
        advanceSequences(state.startingSequence());
        state.records().forEach(record -> advanceSequences(record.sequence()));
    }

    /**
     * Recovery: puts back one record the log saved, into its stream (opened as it was if the last snapshot
     * predates it). A record the stream already holds is skipped.
     */
    public void restoreRecord(Table table, String arn, String shardId, long startingSequence, StreamRecord record) {
        TableDefinition definition = table.definition();
        TableStream stream = streams.computeIfAbsent(arn, key -> TableStream.restore(arn, definition.name(),
                definition.tableId(), definition.keySchema(), record.viewType(), shardId, startingSequence));
        stream.shard().restore(record);
        advanceSequences(startingSequence);
        advanceSequences(record.sequence());
    }

    /** Recovery: the stream closed at {@code at}, as the log recorded. */
    public void restoreDisabled(String arn, Instant at) {
        TableStream stream = streams.get(arn);
        if (stream != null) {
            stream.disable(at);
        }
    }

    /** New records and streams are numbered after everything restored. */
    private void advanceSequences(long restored) {
        sequences.accumulateAndGet(restored, Math::max);
    }

    /** Picks up streams of tables nobody has written to yet, and forgets streams past their retention. */
    private void refresh() {
        Instant now = catalog.now();
        for (String name : catalog.names()) {
            Table table = catalog.find(name);
            if (table != null) {
                reconcile(table.definition(), now);
            }
        }
        streams.values().removeIf(stream -> stream.isGoneAt(now));
    }

    private static Shard requireShard(TableStream stream, String shardId) {
        if (!stream.shard().id().equals(shardId)) {
            throw ApiException.resourceNotFound("Requested resource not found: Shard does not exist");
        }
        return stream.shard();
    }

    private static long requireSequence(Shard shard, ShardIteratorType type, String sequenceNumber) {
        if (sequenceNumber == null) {
            throw ApiException.validation("SequenceNumber is required when ShardIteratorType is " + type);
        }
        long sequence = SequenceNumbers.parse(sequenceNumber);
        if (sequence == SequenceNumbers.UNKNOWN || !shard.covers(sequence)) {
            throw ApiException.validation("Invalid SequenceNumber " + sequenceNumber + " for shard " + shard.id());
        }
        return sequence;
    }

    /** One GetRecords answer: the records, and the iterator to continue with (null at a closed shard's end). */
    public record RecordsPage(List<StreamRecord> records, String nextIterator) {
    }
}
