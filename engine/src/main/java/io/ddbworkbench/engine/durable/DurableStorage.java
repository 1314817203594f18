package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The durable mode of one engine: recovers the tables from a data directory, then logs every commit and
 * every table definition before the write that made it is acknowledged, and compacts the log into a snapshot
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
    private final long compactionBytes;
    private final Recovery.Outcome recovered;
    private final ExecutorService compactor;
    private final AtomicBoolean compactionQueued = new AtomicBoolean();
    private final Object compaction = new Object();
    private volatile long nextCompactionAt;

    private DurableStorage(StorageFiles files, FileChannel lockChannel, CommitLog log, Catalog catalog,
                           long compactionBytes, Recovery.Outcome recovered) {
        this.files = files;
        this.lockChannel = lockChannel;
        this.log = log;
        this.catalog = catalog;
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
     * Opens (creating if needed) the data directory, brings back what it holds into {@code catalog}, and from
     * then on records every change made through {@code writer} and {@code catalog}, compacting the log once it
     * passes {@code compactionBytes}.
     *
     * @throws DurableStorageException when another engine has the directory open, it cannot be read or
     *         written, or a file in it is damaged beyond a torn last record ({@link CorruptFileException})
     */
    public static DurableStorage open(Path directory, CommitSync sync, long compactionBytes, Catalog catalog,
                                      ItemWriter writer) {
        StorageFiles files = new StorageFiles(directory);
        FileChannel lockChannel = lock(files);
        try {
            Recovery.Outcome recovered = Recovery.run(files, catalog, writer);
            CommitLog log = new CommitLog(files, sync, recovered.generation(), recovered.lastLsn(),
                    recovered.validLength());
            DurableStorage storage = new DurableStorage(files, lockChannel, log, catalog, compactionBytes, recovered);
            writer.addListener(storage::committed);
            catalog.addDefinitionListener(storage::defined);
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
                for (Table table : catalog.tables()) {
                    Captured captured = capture(table);
                    if (captured != null) {
                        snapshot.table(captured.definition(), captured.items());
                    }
                }
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

    private void committed(List<ItemChange> changes) {
        write(LogRecords.commit(changes));
    }

    private void defined(TableDefinition definition) {
        write(LogRecords.definition(definition));
    }

    private void write(ByteOutput record) {
        log.awaitDurable(log.append(record));
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
     * A table's definition and items as of one moment between commits (its lock keeps writers out while the
     * item references are copied), or null when the table has been deleted or replaced meanwhile.
     */
    private Captured capture(Table table) {
        table.writeLock().lock();
        try {
            if (catalog.find(table.name()) != table) {
                return null;
            }
            return new Captured(table.definition(), table.snapshot());
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

    private record Captured(TableDefinition definition, List<Item> items) {
    }
}
