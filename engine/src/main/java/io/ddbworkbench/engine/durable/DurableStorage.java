package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.stream.StreamJournal;
import io.ddbworkbench.engine.stream.StreamRecord;
import io.ddbworkbench.engine.stream.StreamRegistry;
import io.ddbworkbench.engine.stream.StreamState;
import io.ddbworkbench.engine.stream.TableStream;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ChangeListener;
import io.ddbworkbench.engine.table.CommitNote;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The durable mode of one engine: recovers the tables, streams and recent ClientRequestTokens from a data
 * directory, then logs every commit (with its stream records and the token it completes) and every table
 * definition before the write that made it is acknowledged, and compacts the log into a snapshot
 * in the background once it grows past a threshold. The directory is locked for as long as the storage is
 * open, so two engines can never write the same files.
 */
public final class DurableStorage implements AutoCloseable {
    /**
     * Log size that triggers compaction by default. The last snapshot's size counts instead when it is larger,
     * so a big database is not rewritten over and over for a little new data.
     */
    public static final long DEFAULT_COMPACTION_BYTES = 64L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(DurableStorage.class.getName());

    private final StorageFiles files;
    private final FileChannel lockChannel;
    private final CommitLog log;
    private final Catalog catalog;
    private final StreamRegistry streams;
    private final IdempotencyTokens tokens;
    /**
     * Stream records made by the commit this thread is publishing: the stream listener runs before this one
     * (it is registered first) and the log writes them in the commit's own record, so the two cannot part.
     */
    private final ThreadLocal<List<LogRecords.StreamAppend>> streamRecords =
            ThreadLocal.withInitial(ArrayList::new);
    /** The last record this thread logged for a commit and has yet to see written (0: none). */
    private final ThreadLocal<long[]> unwritten = ThreadLocal.withInitial(() -> new long[1]);
    private final long compactionBytes;
    private final Recovery.Outcome recovered;
    private final ExecutorService compactor;
    private final AtomicBoolean compactionQueued = new AtomicBoolean();
    private final Object compaction = new Object();
    private volatile long nextCompactionAt;

    private DurableStorage(StorageFiles files, FileChannel lockChannel, CommitLog log, Catalog catalog,
                           StreamRegistry streams, IdempotencyTokens tokens, long compactionBytes,
                           Recovery.Outcome recovered) {
        this.files = files;
        this.lockChannel = lockChannel;
        this.log = log;
        this.catalog = catalog;
        this.streams = streams;
        this.tokens = tokens;
        this.compactionBytes = compactionBytes;
        this.recovered = recovered;
        this.nextCompactionAt = Math.max(compactionBytes, files.latestSnapshotBytes());
        this.compactor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ddb-engine-compaction");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens (creating if needed) the data directory, brings back what it holds into {@code catalog} and
     * {@code streams} and {@code tokens}, and from then on records every change made through {@code writer},
     * {@code catalog} and {@code streams}, compacting the log once it passes {@code compactionBytes}.
     * {@code streams} and {@code tokens} must already listen to {@code writer}: each commit's stream records must
     * be known when the commit is logged, and its token complete before a compaction can pass its record by.
     *
     * @throws DurableStorageException when another engine has the directory open, it cannot be read or
     *         written, or a file in it is damaged beyond a torn last record ({@link CorruptFileException})
     */
    public static DurableStorage open(Path directory, CommitSync sync, long compactionBytes, Catalog catalog,
                                      ItemWriter writer, StreamRegistry streams, IdempotencyTokens tokens) {
        StorageFiles files = new StorageFiles(directory);
        FileChannel lockChannel = lock(files);
        try {
            Recovery.Outcome recovered = Recovery.run(files, catalog, writer, streams, tokens);
            CommitLog log = new CommitLog(files, sync, recovered.generation(), recovered.lastLsn(),
                    recovered.validLength());
            DurableStorage storage = new DurableStorage(files, lockChannel, log, catalog, streams, tokens,
                    compactionBytes, recovered);
            writer.addListener(storage.new Commits());
            catalog.addDefinitionListener(storage::defined);
            streams.journalTo(storage.new Journal());
            return storage;
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new DurableStorageException("Cannot open the data directory " + directory + ": " + e, e);
        } catch (UncheckedIOException e) {
            closeQuietly(lockChannel);
            throw new DurableStorageException("Cannot open the data directory " + directory + ": " + e.getCause(),
                    e.getCause());
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    /** The data directory. */
    public Path directory() {
        return files.directory();
    }

    /** Log records replayed at startup (those not already folded into a snapshot). */
    public long recordsReplayed() {
        return recovered.recordsReplayed();
    }

    /**
     * Writes a snapshot of every table and starts a new log, then deletes the files the snapshot replaces.
     * Runs by itself in the background when the log grows; writes continue meanwhile, each table pausing
     * only while its items are copied.
     */
    public void compact() throws IOException {
        synchronized (compaction) {
            long previousLsn = log.rotate();
            long generation = log.generation();
            Path partial = files.partialSnapshot(generation);
            try (SnapshotFile.Writer snapshot = new SnapshotFile.Writer(partial, generation, previousLsn)) {
                Set<String> tableIds = new HashSet<>();
                for (Table table : catalog.tables()) {
                    Captured captured = capture(table);
                    if (captured != null) {
                        tableIds.add(captured.definition().tableId());
                        snapshot.table(captured.definition(), captured.items());
                        for (StreamState stream : captured.streams()) {
                            snapshot.stream(stream);
                        }
                    }
                }
                // Streams of deleted tables stay readable for a day; closed, they change only with time.
                for (StreamState stream : streams.export(null)) {
                    if (!tableIds.contains(stream.tableId())) {
                        snapshot.stream(stream);
                    }
                }
                // Last: every token whose record the rotation left behind was completed before that record was
                // appended (the tokens listen ahead of the log), so it is here by now.
                snapshot.tokens(tokens.live());
                snapshot.finish();
            }
            // The snapshot may hold commits made after the rotation; their records must be on disk before the
            // snapshot counts, or a crash could keep part of a transaction and lose the rest.
            log.awaitDurable(log.lastLsn());
            Files.move(partial, files.snapshot(generation), StandardCopyOption.ATOMIC_MOVE);
            files.syncDirectory();
            files.deleteBefore(generation);
            nextCompactionAt = Math.max(compactionBytes, files.latestSnapshotBytes());
        }
    }

    @Override
    public void close() {
        compactor.shutdown();
        try {
            compactor.awaitTermination(1, TimeUnit.MINUTES);
            log.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(lockChannel);
        }
    }

    private void defined(TableDefinition definition) {
        write(LogRecords.definition(definition));
    }

    /** Logs a record and waits until it is written: for the rare changes that are not commits. */
    private void write(ByteOutput record) {
        log.awaitDurable(log.append(record));
        compactIfDue();
    }

    private void compactIfDue() {
        if (log.fileBytes() > nextCompactionAt && compactionQueued.compareAndSet(false, true)) {
            try {
                compactor.execute(this::compactInBackground);
            } catch (RejectedExecutionException e) {
                // Closing: the write itself is safely logged, and the next start compacts if need be.
                compactionQueued.set(false);
            }
        }
    }

    private void compactInBackground() {
        try {
            compact();
        } catch (IOException | RuntimeException e) {
            nextCompactionAt = log.fileBytes() + compactionBytes;
            LOG.log(Level.WARNING, "Compaction of " + files.directory() + " failed; the log keeps growing and "
                    + "compaction will be tried again later", e);
        } finally {
            compactionQueued.set(false);
        }
    }

    /**
     * A table's definition, items and streams as of one moment between commits (its lock keeps writers out
     * while the references are copied), or null when the table has been deleted or replaced meanwhile.
     */
    private Captured capture(Table table) {
        table.writeLock().lock();
        try {
            if (catalog.find(table.name()) != table) {
                return null;
            }
            TableDefinition definition = table.definition();
            return new Captured(definition, table.items().encodedItems(), streams.export(definition.tableId()));
        } finally {
            table.writeLock().unlock();
        }
    }

    private static FileChannel lock(StorageFiles files) {
        FileChannel channel = null;
        try {
            Files.createDirectories(files.directory());
            channel = FileChannel.open(files.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DurableStorageException("Another process is using the data directory "
                        + files.directory() + "; stop it first, or choose another directory", null);
            }
            return channel;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DurableStorageException("An engine in this JVM already uses the data directory "
                    + files.directory() + "; close it first", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DurableStorageException("Cannot use the data directory " + files.directory() + ": " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Closing " + channel + " failed", e);
        }
    }

    /** @param items in the store's compact form, written to the snapshot as they are */
    private record Captured(TableDefinition definition, List<byte[]> items, List<StreamState> streams) {
    }

    /**
     * Commits: logged in commit order while the tables are locked, waited for once they are not, so writers of
     * one table share a write (or an fsync) instead of queueing behind each other's. The write still returns
     * only once its record is in the file; until then other readers may see it, but any later write that
     * depends on it is logged after it, so a crash cannot keep the one and lose the other.
     */
    private final class Commits implements ChangeListener {
        @Override
        public void committed(List<ItemChange> changes) {
            log(changes, null);
        }

        @Override
        public void committed(List<ItemChange> changes, CommitNote note) {
            log(changes, note instanceof IdempotencyTokens.Completion completion ? completion : null);
        }

        private void log(List<ItemChange> changes, IdempotencyTokens.Completion token) {
            List<LogRecords.StreamAppend> made = streamRecords.get();
            ByteOutput record = LogRecords.commit(changes, made, token);
            made.clear();
            unwritten.get()[0] = log.append(record);
        }

        @Override
        public void released() {
            long[] pending = unwritten.get();
            if (pending[0] != 0) {
                long lsn = pending[0];
                pending[0] = 0;
                log.awaitDurable(lsn);
                compactIfDue();
            }
        }
    }

    /** What the streams report: records join their commit's log record, closings are logged at once. */
    private final class Journal implements StreamJournal {
        @Override
        public void appended(TableStream stream, StreamRecord record) {
            streamRecords.get().add(new LogRecords.StreamAppend(stream.tableId(), stream.arn(), stream.shard().id(),
                    stream.shard().startingSequence(), record));
        }

        @Override
        public void disabled(TableStream stream, Instant at) {
            write(LogRecords.streamDisabled(stream.arn(), at));
        }
    }
}
