package io.ddbworkbench.site;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the guide's code includes that wait for sources not written yet. A chapter marks one with a comment
 * line {@code // PENDING include::{repo-root}/toolkit/...[tag=...]}; turning it into a real include is removing
 * the prefix, after which a missing file or tag fails the build like any other include.
 */
final class PendingIncludes {
    static final String MARKER = "// PENDING include::";

    private PendingIncludes() {
    }

    static List<String> find(Path guide) {
        List<String> pending = new ArrayList<>();
        try (Stream<Path> chapters = Files.list(guide)) {
            for (Path chapter : chapters.filter(p -> p.toString().endsWith(".adoc")).sorted().toList()) {
                List<String> lines = Files.readAllLines(chapter);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith(MARKER)) {
                        pending.add(chapter.getFileName() + ":" + (i + 1) + ": "
                                + lines.get(i).substring(MARKER.length() - "include::".length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pending;
    }

    static void report(Path guide, PrintStream out) {
        List<String> pending = find(guide);
        if (!pending.isEmpty()) {
            out.println("Guide includes waiting for their sources (" + pending.size() + "):");
            pending.forEach(line -> out.println("  " + line));
        }
    }
}
