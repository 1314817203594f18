package io.ddbworkbench.labkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The table {@code ./lab progress} prints: every lab with passed/total and a bar, then the one lab to do next.
 * It reads the reports the last run left. A lab whose sources are newer than its reports did not build in that
 * run (usually a stub that does not compile), so its old figures are not shown as if they were current.
 */
final class ProgressTable {
    private ProgressTable() {
    }

    static String of(List<Lab> labs) {
        int titleWidth = labs.stream().mapToInt(lab -> lab.title().length()).max().orElse(10);
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%-" + titleWidth + "s  %7s  %s%n", "Lab", "Tests", "Progress"));
        Lab nextLab = null;
        String nextReason = "";
        for (Lab lab : labs) {
            LabResults results = new LabResults(lab.outcomes());
            String row;
            if (results.total() == 0) {
                row = "not run yet";
            } else if (!reportsCurrent(lab)) {
                row = "did not build: " + lab.command() + " shows why";
            } else {
                row = ProgressBar.of(results.passed(), results.total()) + (results.complete() ? "  done" : "");
            }
            String tests = results.total() == 0 ? "-" : results.passed() + "/" + results.total();
            table.append(String.format("%-" + titleWidth + "s  %7s  %s%n", lab.title(), tests, row));
            if (nextLab == null && !(results.complete() && reportsCurrent(lab))) {
                nextLab = lab;
                nextReason = results.next().map(TestOutcome::name).orElse("start with Step 1");
            }
        }
        if (nextLab == null) {
            table.append(String.format("%nEvery lab is done. The workshop kit (labs/WORKSHOP.adoc) has ideas for "
                    + "going further.%n"));
        } else {
            table.append(String.format("%nNext lab: %s (%s). Run %s%n", nextLab.title(), nextReason,
                    nextLab.command()));
        }
        return table.toString();
    }

    /**
     * Whether the last test run came after the last change to the lab's sources (stub, given classes, tests).
     * A run writes every test report afresh, so the newest one dates the run.
     */
    static boolean reportsCurrent(Lab lab) {
        Optional<FileTime> lastRun = newest(lab.reportsDir(), "TEST-");
        Optional<FileTime> lastChange = newest(lab.dir().resolve("src"), "");
        return lastRun.isPresent() && lastChange.map(change -> change.compareTo(lastRun.get()) <= 0).orElse(true);
    }

    private static Optional<FileTime> newest(Path dir, String namePrefix) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().startsWith(namePrefix))
                    .map(ProgressTable::modified)
                    .max(FileTime::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
