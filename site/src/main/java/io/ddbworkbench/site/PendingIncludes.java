package io.ddbworkbench.site;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the guide's code includes that wait for sources not written yet, and says which ones could be switched
 * on now. A chapter marks one with a comment line {@code // PENDING include::{repo-root}/toolkit/...[tag=...]};
 * turning it into a real include is removing the {@code // PENDING } prefix, after which a missing file or tag
 * fails the build like any other include.
 */
final class PendingIncludes {
    static final String MARKER = "// PENDING include::";
    private static final Pattern TARGET = Pattern.compile("\\{repo-root}/([^\\[]+)\\[tag=([^,\\]]+)");

    private PendingIncludes() {
    }

    /** One marked place: where it is, what it will include, and whether that source and tag exist yet. */
    record Pending(String where, String include, boolean ready) {
    }

    static List<Pending> find(Path repoRoot) {
        List<Pending> pending = new ArrayList<>();
        try (Stream<Path> chapters = Files.list(repoRoot.resolve("guide"))) {
            for (Path chapter : chapters.filter(p -> p.toString().endsWith(".adoc")).sorted().toList()) {
                List<String> lines = Files.readAllLines(chapter);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith(MARKER)) {
                        String include = lines.get(i).substring("// PENDING ".length());
                        pending.add(new Pending(chapter.getFileName() + ":" + (i + 1), include,
                                sourceHasTag(repoRoot, include)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pending;
    }

    private static boolean sourceHasTag(Path repoRoot, String include) throws IOException {
        Matcher target = TARGET.matcher(include);
        if (!target.find()) {
            return false;
        }
        Path source = repoRoot.resolve(target.group(1));
        return Files.isRegularFile(source) && Files.readString(source).contains("tag::" + target.group(2) + "[]");
    }

    static void report(Path repoRoot, PrintStream out) {
        List<Pending> pending = find(repoRoot);
        if (pending.isEmpty()) {
            return;
        }
        long ready = pending.stream().filter(Pending::ready).count();
        out.println("Guide includes waiting for their sources: " + pending.size() + " (" + ready
                + " ready to switch on: remove their '// PENDING ' prefix)");
        pending.forEach(p -> out.println("  " + (p.ready() ? "READY   " : "waiting ") + p.where() + ": "
                + p.include()));
    }
}
