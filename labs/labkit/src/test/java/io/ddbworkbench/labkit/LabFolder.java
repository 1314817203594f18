package io.ddbworkbench.labkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds a lab folder on disk the way a real lab build leaves it: README, stub, compiled tests, reports. */
final class LabFolder {
    static final String TEST_CLASS = "io.example.lab.AccountsTest";

    private final Path dir;
    private final List<String> cases = new ArrayList<>();

    private LabFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * A lab titled "Lab NN: topic" whose README documents steps 1 to 3, with a one-file stub, not sealed, and
     * registered as a module in {@code parent/pom.xml}.
     */
    static LabFolder create(Path parent, String folderName) {
        LabFolder folder = unregistered(parent, folderName);
        registerModule(parent, folderName);
        return folder;
    }

    /** A lab folder the labs pom does not list (yet). */
    static LabFolder unregistered(Path parent, String folderName) {
        LabFolder folder = new LabFolder(parent.resolve(folderName));
        folder.write("pom.xml", "<project/>");
        String[] numberAndTopic = folderName.split("-", 2);
        folder.write("README.adoc", "= Lab " + numberAndTopic[0] + ": " + numberAndTopic[1] + "\n\n== Steps\n\n"
                + "=== Step 1: register\n\n=== Step 2: count\n\n=== Step 3: lock\n");
        folder.write("src/main/java/io/example/lab/Accounts.java",
                "class Accounts {\n  void register() { throw new RuntimeException(); }\n}\n");
        folder.write("target/test-classes/" + TEST_CLASS.replace('.', '/') + ".class", "");
        return folder;
    }

    /** Adds a module to the labs pom, as an author registers a lab. */
    static void registerModule(Path parent, String module) {
        try {
            Path pom = parent.resolve("pom.xml");
            String modules = Files.exists(pom) ? Files.readString(pom).replace("</modules></project>", "")
                    : "<project><modules>";
            Files.writeString(pom, modules + "<module>" + module + "</module></modules></project>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Lab lab() {
        return new Lab(dir);
    }

    Path dir() {
        return dir;
    }

    LabFolder passed(String name) {
        cases.add(testCase(name, ""));
        return this;
    }

    LabFolder notDone(String name, String step) {
        return errored(name, "io.ddbworkbench.labkit.NotDoneYet", new NotDoneYet(step).getMessage());
    }

    LabFolder failed(String name, String message) {
        cases.add(testCase(name, "<failure message=\"" + escape(message) + "\" type=\"java.lang.AssertionError\">"
                + "java.lang.AssertionError: " + escape(message) + "\n\tat somewhere</failure>"));
        return this;
    }

    LabFolder errored(String name, String type, String message) {
        cases.add(testCase(name, "<error message=\"" + escape(message) + "\" type=\"" + type + "\">" + type + ": "
                + escape(message) + "\n\tat somewhere</error>"));
        return this;
    }

    LabFolder skipped(String name, String reason) {
        cases.add(testCase(name, "<skipped message=\"" + escape(reason) + "\"/>"));
        return this;
    }

    /** Several failing tests of one step, named "Step N: case i". */
    LabFolder notDoneTimes(int step, int count) {
        for (int i = 1; i <= count; i++) {
            notDone("Step " + step + ": case " + i, "Step " + step + ": do it");
        }
        return this;
    }

    /** Writes the Surefire report of everything recorded so far. */
    LabFolder report() {
        write("target/surefire-reports/TEST-" + TEST_CLASS + ".xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + TEST_CLASS + "\" tests=\""
                        + cases.size() + "\">\n" + String.join("\n", cases) + "\n</testsuite>\n");
        return this;
    }

    LabFolder seal() {
        StubFingerprint.seal(lab());
        return this;
    }

    /** A learner's edit of the stub. */
    LabFolder editStub() {
        write("src/main/java/io/example/lab/Accounts.java", "class Accounts {\n  void register() { }\n}\n");
        return this;
    }

    void write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void touch(String relative, Instant when) {
        try {
            Files.setLastModifiedTime(dir.resolve(relative), FileTime.from(when));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String testCase(String name, String body) {
        return "  <testcase name=\"" + escape(name) + "\" classname=\"Lab display name\" time=\"0.01\">" + body
                + "</testcase>";
    }

    /** As Surefire writes attribute values: line breaks survive as character references. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "&#10;");
    }
}
