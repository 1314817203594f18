package io.ddbworkbench.engine.stream;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stream's shard: its records in sequence order, trimmed once they are older than the retention period.
 * Appends come from the write path (under the table's lock, so in commit order); reads come from any thread,
 * hence the monitor on every method.
 */
public final class Shard {
    /** GetRecords returns at most this many bytes of records (and at least one record, however large). */
    static final long MAX_READ_BYTES = 1024 * 1024;

    private static final long NONE = Long.MIN_VALUE;
    private static final String TRIMMED = "The data you are trying to access has been trimmed.";

    private final String id;
    private final long startingSequence;
    private final List<StreamRecord> records = new ArrayList<>();
    /** Index of the oldest record kept; the ones before it were trimmed and await compaction. */
    private int head;
    private long lastTrimmed = NONE;
    private long endingSequence = NONE;

    Shard(String id, long startingSequence) {
        this.id = id;
        this.startingSequence = startingSequence;
    }

    public String id() {
        return id;
    }

    public long startingSequence() {
        return startingSequence;
    }

    public String startingSequenceNumber() {
        return SequenceNumbers.format(startingSequence);
    }

    /** The last sequence number a closed shard holds, or null while the shard is open. */
    public synchronized String endingSequenceNumber() {
        return endingSequence == NONE ? null : SequenceNumbers.format(endingSequence);
    }

    synchronized void append(StreamRecord record, Instant trimBefore) {
        trim(trimBefore);
        records.add(record);
    }

    /** The records still kept, oldest first (records already past retention go at the next read). */
    synchronized List<StreamRecord> kept() {
        return new ArrayList<>(records.subList(head, records.size()));
    }

    /** The sequence number of the last record trimmed for age, or null when none was. */
    synchronized Long lastTrimmed() {
        return lastTrimmed == NONE ? null : lastTrimmed;
    }

    /**
     * Puts back a record the durable storage saved. One the shard already holds (a snapshot and the log after
     * it can both carry it) is skipped, so restoring twice changes nothing.
     */
    synchronized void restore(StreamRecord record) {
        if (record.sequence() > newest()) {
            records.add(record);
        }
    }

    /** Puts back how far age had trimmed the shard, which decides TrimmedDataAccessException after a restart. */
    synchronized void restoreTrimmed(long sequence) {
        if (head == records.size() && sequence > newest()) {
            lastTrimmed = sequence;
        }
    }

    /** Closes the shard: it takes no more records, and readers learn where it ends. */
    synchronized void close() {
        if (endingSequence == NONE) {
            endingSequence = newest();
        }
    }

    /** The position of the oldest record still kept (TRIM_HORIZON). */
    synchronized long oldestPosition(Instant trimBefore) {
        trim(trimBefore);
        return head < records.size() ? records.get(head).sequence() : newest() + 1;
    }

    /** The position just after the newest record (LATEST). */
    synchronized long latestPosition(Instant trimBefore) {
        trim(trimBefore);
        return newest() + 1;
    }

    /** The position of the first record written at or after {@code time} (AT_TIMESTAMP). */
    synchronized long positionAt(Instant time, Instant trimBefore) {
        trim(trimBefore);
        for (int i = head; i < records.size(); i++) {
            if (!records.get(i).createdAt().isBefore(time)) {
                return records.get(i).sequence();
            }
        }
        return newest() + 1;
    }

    /** Whether a sequence number given to AT_/AFTER_SEQUENCE_NUMBER lies in this shard's range. */
    synchronized boolean covers(long sequence) {
        return sequence >= startingSequence && sequence <= newest();
    }

    /** Fails with the service's error when records from {@code position} onwards have been trimmed away. */
    synchronized void checkNotTrimmed(long position, Instant trimBefore) {
        trim(trimBefore);
        if (lastTrimmed != NONE && position <= lastTrimmed) {
            throw new ApiException(ErrorCode.TRIMMED_DATA_ACCESS, TRIMMED);
        }
    }

    /**
     * Up to {@code limit} records from {@code position} on, and the position after them.
     *
     * @throws ApiException TrimmedDataAccessException when records the reader has not seen were trimmed
     */
    synchronized ShardRead read(long position, int limit, Instant trimBefore) {
        checkNotTrimmed(position, trimBefore);
        List<StreamRecord> page = new ArrayList<>();
        long bytes = 0;
        for (int i = firstAtOrAfter(position); i < records.size() && page.size() < limit; i++) {
            StreamRecord record = records.get(i);
            bytes += record.sizeBytes();
            if (!page.isEmpty() && bytes > MAX_READ_BYTES) {
                break;
            }
            page.add(record);
        }
        long next = page.isEmpty() ? position : page.get(page.size() - 1).sequence() + 1;
        boolean exhausted = endingSequence != NONE && next > endingSequence;
        return new ShardRead(page, next, exhausted);
    }

    /** Up to {@code count} of the newest records still kept, oldest first. */
    synchronized List<StreamRecord> latest(int count, Instant trimBefore) {
        trim(trimBefore);
        return new ArrayList<>(records.subList(Math.max(head, records.size() - count), records.size()));
    }

    private long newest() {
        if (head < records.size()) {
            return records.get(records.size() - 1).sequence();
        }
        return lastTrimmed == NONE ? startingSequence : lastTrimmed;
    }

    private int firstAtOrAfter(long position) {
        int low = head;
        int high = records.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (records.get(middle).sequence() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private void trim(Instant trimBefore) {
        while (head < records.size() && records.get(head).createdAt().isBefore(trimBefore)) {
            lastTrimmed = records.get(head).sequence();
            records.set(head, null);
            head++;
        }
        if (head > 1024 && head * 2 > records.size()) {
            records.subList(0, head).clear();
            head = 0;
        }
    }

    /**
     * What one read found.
     *
     * @param next where the following read starts
     * @param exhausted the shard is closed and nothing is left after {@code next}
     */
    record ShardRead(List<StreamRecord> records, long next, boolean exhausted) {
    }
}
