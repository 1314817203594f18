package io.ddbworkbench.engine.durable;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The log file being written, with group commit. {@link #append} gives a record its sequence number and
 * queues it (cheap, done while the writer holds its tables' locks, which keeps the log in commit order);
 * {@link #awaitDurable} returns once the record is in the file. The first waiter writes everything queued so
 * far with one system call (and one fsync in {@link CommitSync#FSYNC} mode) while later commits queue behind
 * it, so concurrent writers to different tables share the cost.
 *
 * <p>After a failed write the log refuses everything: the engine cannot promise durability any more, so
 * writes are answered with an error instead of a false acknowledgement.
 */
final class CommitLog implements Closeable {
    private final CommitSync sync;
    private final StorageFiles files;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();

    private FileChannel channel;
    // Changed only under the lock; volatile so the accessors can read them without it.
    private volatile long generation;
    /** Bytes in the current file, counting records queued for it. */
    private volatile long fileBytes;
    private volatile long lastQueuedLsn;
    private ByteOutput queued = new ByteOutput(1 << 16);
    private ByteOutput spare = new ByteOutput(1 << 16);
    private long lastWrittenLsn;
    private boolean writing;
    private IOException failure;
    private boolean closed;

    /** Continues log {@code generation} after its last whole record, or starts it when it does not exist. */
    CommitLog(StorageFiles files, CommitSync sync, long generation, long lastLsn, long validLength)
            throws IOException {
        this.files = files;
        this.sync = sync;
        this.generation = generation;
        this.lastQueuedLsn = lastLsn;
        this.lastWrittenLsn = lastLsn;
        if (validLength > 0) {
            channel = FileChannel.open(files.log(generation), StandardOpenOption.WRITE);
            channel.truncate(validLength);
            channel.position(validLength);
            channel.force(true);
            fileBytes = validLength;
        } else {
            channel = create(generation, lastLsn);
        }
    }

    /** Queues a record made by {@link LogRecords}, stamping its sequence number, and returns that number. */
    long append(ByteOutput record) {
        lock.lock();
        try {
            checkUsable();
            long lsn = lastQueuedLsn + 1;
            record.setLong(0, lsn);
            int before = queued.size();
            Frames.append(queued, record.array(), record.size());
            fileBytes += queued.size() - before;
            lastQueuedLsn = lsn;
            return lsn;
        } finally {
            lock.unlock();
        }
    }

    /** Returns once the record with this sequence number (and every earlier one) is in the file. */
    void awaitDurable(long lsn) {
        lock.lock();
        try {
            while (lastWrittenLsn < lsn) {
                checkUsable();
                if (writing) {
                    written.awaitUninterruptibly();
                } else {
                    writeQueued();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The sequence number of the last record queued. */
    long lastLsn() {
        return lastQueuedLsn;
    }

    /** Bytes in the current log file, which decides when compaction is worth it. */
    long fileBytes() {
        return fileBytes;
    }

    long generation() {
        return generation;
    }

    /**
     * Closes the current file, with everything queued written and forced into it, and continues in a new one
     * of the next generation.
     *
     * @return the sequence number of the last record in the closed file
     */
    long rotate() throws IOException {
        lock.lock();
        try {
            drain();
            try {
                channel.force(true);
                channel.close();
                channel = create(generation + 1, lastQueuedLsn);
            } catch (IOException e) {
                // With the old file closed and no new one, nothing more can be logged.
                failure = e;
                throw e;
            }
            generation++;
            return lastQueuedLsn;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (failure == null) {
                drain();
            }
            closed = true;
            channel.close();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes until nothing is queued. Appends may slip in while a batch is written, so this loops; it
     * returns holding the lock with the queue empty, so the caller can close the file knowing what is in it.
     */
    private void drain() {
        while (writing || queued.size() > 0) {
            checkUsable();
            if (writing) {
                written.awaitUninterruptibly();
            } else {
                writeQueued();
            }
        }
        checkUsable();
    }

    /** Writes the queue, letting appends continue meanwhile. Called holding the lock; returns holding it. */
    private void writeQueued() {
        writing = true;
        ByteOutput batch = queued;
        queued = spare;
        long batchEnd = lastQueuedLsn;
        IOException error = null;
        lock.unlock();
        try {
            ByteBuffer bytes = ByteBuffer.wrap(batch.array(), 0, batch.size());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (sync == CommitSync.FSYNC) {
                channel.force(false);
            }
        } catch (IOException e) {
            error = e;
        } finally {
            lock.lock();
        }
        batch.clear();
        spare = batch;
        writing = false;
        if (error == null) {
            lastWrittenLsn = batchEnd;
        } else if (failure == null) {
            failure = error;
        }
        written.signalAll();
    }

    private FileChannel create(long newGeneration, long previousLsn) throws IOException {
        Path file = files.log(newGeneration);
        // A file of this generation can only exist if a crash tore its header: it holds nothing to keep.
        FileChannel created = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        ByteOutput header = new ByteOutput(64);
        ByteOutput content = FileHeader.current(FileHeader.LOG, newGeneration, previousLsn).encode();
        Frames.append(header, content.array(), content.size());
        created.write(ByteBuffer.wrap(header.array(), 0, header.size()));
        if (sync == CommitSync.FSYNC) {
            created.force(true);
            files.syncDirectory();
        }
        fileBytes = header.size();
        return created;
    }

    private void checkUsable() {
        if (failure != null) {
            throw new UncheckedIOException("The durable log could not be written, so no write can be "
                    + "acknowledged any more; restart the engine", failure);
        }
        if (closed) {
            throw new IllegalStateException("The engine's durable storage is closed");
        }
    }
}
