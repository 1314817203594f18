package io.ddbworkbench.labkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A lab folder, {@code labs/NN-topic}, and where its parts live. Everything the checker knows about a lab
 * comes from the folder itself: number and topic from its name, the title from its README.
 */
record Lab(Path dir) {
    private static final Pattern FOLDER = Pattern.compile("(\\d\\d)-(.+)");

    Lab {
        dir = dir.toAbsolutePath().normalize();
        if (!FOLDER.matcher(dir.getFileName().toString()).matches()) {
            throw new IllegalArgumentException("A lab folder is named NN-topic (like 04-conditional-updates), not "
                    + dir.getFileName());
        }
    }

    /** Every lab under {@code labsDir}, in number order: folders named NN-topic that hold a pom.xml. */
    static List<Lab> all(Path labsDir) {
        try (Stream<Path> entries = Files.list(labsDir)) {
            return entries.filter(entry -> FOLDER.matcher(entry.getFileName().toString()).matches())
                    .filter(entry -> Files.isRegularFile(entry.resolve("pom.xml")))
                    .sorted()
                    .map(Lab::new)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder name, {@code 04-conditional-updates}. */
    String id() {
        return dir.getFileName().toString();
    }

    /** The two-digit number, {@code 04}. */
    String number() {
        Matcher matcher = FOLDER.matcher(id());
        matcher.matches();
        return matcher.group(1);
    }

    /** What the learner types to run it: {@code ./lab 4}. */
    String command() {
        return "./lab " + Integer.parseInt(number());
    }

    /** The README's document title, or the folder name when the README has none yet. */
    String title() {
        if (!Files.isRegularFile(readme())) {
            return id();
        }
        try (Stream<String> lines = Files.lines(readme())) {
            return lines.filter(line -> line.startsWith("= ")).findFirst().map(line -> line.substring(2).strip())
                    .orElse(id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path readme() {
        return dir.resolve("README.adoc");
    }

    /** The stub the learner edits. */
    Path stubSources() {
        return dir.resolve("src/main/java");
    }

    /** The stub's recorded fingerprint (see {@link StubFingerprint}). */
    Path fingerprintFile() {
        return dir.resolve("stub.sha256");
    }

    Path reportsDir() {
        return dir.resolve("target/surefire-reports");
    }

    Path testClassesDir() {
        return dir.resolve("target/test-classes");
    }

    /** What the last lab check printed; {@code ./lab N} shows it. */
    Path checkReport() {
        return dir.resolve("target/lab-check.txt");
    }

    List<TestOutcome> outcomes() {
        return SurefireReports.read(reportsDir(), testClassesDir());
    }
}
