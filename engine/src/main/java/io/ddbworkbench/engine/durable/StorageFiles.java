package io.ddbworkbench.engine.durable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the files in a data directory. Generation numbers tie them together: snapshot N holds the state
 * from which log N onwards is replayed. Numbers are zero-padded so a directory listing sorts them.
 */
final class StorageFiles {
    private static final Pattern NAME = Pattern.compile("(log|snapshot)-(\\d{12})\\.ddb");
    private static final String TEMPORARY_SUFFIX = ".partial";

    private final Path directory;

    StorageFiles(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Path log(long generation) {
        return directory.resolve(String.format("log-%012d.ddb", generation));
    }

    Path snapshot(long generation) {
        return directory.resolve(String.format("snapshot-%012d.ddb", generation));
    }

    /** Where a snapshot is written before it is complete and renamed into place. */
    Path partialSnapshot(long generation) {
        return directory.resolve(snapshot(generation).getFileName() + TEMPORARY_SUFFIX);
    }

    Path lockFile() {
        return directory.resolve("LOCK");
    }

    /** Log generations present, ascending. */
    List<Long> logs() {
        return new ArrayList<>(scan().get("log").keySet());
    }

    /** Snapshot generations present, ascending. */
    List<Long> snapshots() {
        return new ArrayList<>(scan().get("snapshot").keySet());
    }

    /** The size of the newest snapshot, or 0 when there is none. */
    long latestSnapshotBytes() {
        List<Long> snapshots = snapshots();
        if (snapshots.isEmpty()) {
            return 0;
        }
        try {
            return Files.size(snapshot(snapshots.get(snapshots.size() - 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what a crash during compaction may have left: a snapshot that was never finished. */
    void deletePartialSnapshots() {
        try (DirectoryStream<Path> partial = Files.newDirectoryStream(directory, "*" + TEMPORARY_SUFFIX)) {
            for (Path file : partial) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the logs and snapshots made obsolete by snapshot {@code generation}. */
    void deleteBefore(long generation) throws IOException {
        for (long log : logs()) {
            if (log < generation) {
                Files.delete(log(log));
            }
        }
        for (long snapshot : snapshots()) {
            if (snapshot < generation) {
                Files.delete(snapshot(snapshot));
            }
        }
    }

    /**
     * Makes renames and new files in the directory survive a power cut (a file's own force does not). Some
     * systems (Windows) cannot open a directory at all; their file systems journal renames themselves.
     */
    void syncDirectory() throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(directory, StandardOpenOption.READ);
        } catch (IOException e) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    private TreeMap<String, TreeMap<Long, Path>> scan() {
        TreeMap<String, TreeMap<Long, Path>> found = new TreeMap<>();
        found.put("log", new TreeMap<>());
        found.put("snapshot", new TreeMap<>());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    found.get(name.group(1)).put(Long.parseLong(name.group(2)), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
