package io.ddbworkbench.labkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
    private static final Pattern MODULE = Pattern.compile("<module>\\s*(\\d\\d-[^<\\s]+)\\s*</module>");

    Lab {
        dir = dir.toAbsolutePath().normalize();
        if (!FOLDER.matcher(dir.getFileName().toString()).matches()) {
            throw new IllegalArgumentException("A lab folder is named NN-topic (like 04-conditional-updates), not "
                    + dir.getFileName());
        }
    }

    /**
     * Every lab of the build, in number order: the modules named NN-topic in {@code labsDir/pom.xml}. A lab
     * folder that is not a module yet (one being written) is left out, as the build does not run it.
     */
    static List<Lab> all(Path labsDir) {
        try {
            Matcher module = MODULE.matcher(Files.readString(labsDir.resolve("pom.xml")));
            List<Lab> labs = new ArrayList<>();
            while (module.find()) {
                labs.add(new Lab(labsDir.resolve(module.group(1))));
            }
            labs.sort(Comparator.comparing(Lab::id));
            return labs;
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
