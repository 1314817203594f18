package io.ddbworkbench.labkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTableTest {
    private static final String REPORT = "target/surefire-reports/TEST-" + LabFolder.TEST_CLASS + ".xml";
    private static final String STUB = "src/main/java/io/example/lab/Accounts.java";

    @TempDir
    Path labs;

    @Test
    void showsEveryLabModuleWithItsCountBarAndTheNextLabToDo() throws Exception {
        LabFolder.create(labs, "01-keys").passed("Step 1: a").passed("Step 2: b").report();
        LabFolder.create(labs, "02-indexes").passed("Step 1: a")
                .notDone("Step 2: b", "Step 2: b").notDone("Step 3: c", "Step 3: c").notDone("Step 3: d", "Step 3: d")
                .report();
        LabFolder.create(labs, "03-batches");
        Files.createDirectories(labs.resolve("labkit"));
        Files.writeString(labs.resolve("labkit/pom.xml"), "<project/>");
        LabFolder.registerModule(labs, "labkit");
        LabFolder.unregistered(labs, "05-being-written");

        String table = ProgressTable.of(Lab.all(labs));

        assertThat(table.lines().filter(line -> line.startsWith("Lab 0")).toList())
                .as("one row per lab module; labkit and a folder not yet a module left out")
                .hasSize(3);
        assertThat(table)
                .contains("2/2  [####################] 100%  done")
                .contains("1/4  [#####...............]  25%")
                .contains("-  not run yet")
                .contains("Lab 01: keys    ")
                .contains("Next lab: Lab 02: indexes (Step 2: b). Run ./lab 2");
    }

    @Test
    void aLabWhoseSourcesAreNewerThanItsReportsDidNotBuildInTheLastRun() {
        LabFolder folder = LabFolder.create(labs, "01-keys").passed("Step 1: a").report();
        folder.touch(REPORT, Instant.parse("2025-01-01T10:00:00Z"));
        folder.touch(STUB, Instant.parse("2025-01-01T10:05:00Z"));

        String table = ProgressTable.of(Lab.all(labs));

        assertThat(table).contains("1/1  did not build: ./lab 1 shows why").contains("Next lab:");
    }

    @Test
    void anOldLeftoverFileInTheReportsFolderDoesNotMakeAFreshRunLookStale() {
        LabFolder folder = LabFolder.create(labs, "01-keys").passed("Step 1: a").report();
        folder.write("target/surefire-reports/io.example.lab.AccountsTest.txt", "from a run long ago");
        folder.touch("target/surefire-reports/io.example.lab.AccountsTest.txt", Instant.parse("2024-01-01T00:00:00Z"));
        folder.touch(STUB, Instant.parse("2025-01-01T10:00:00Z"));
        folder.touch(REPORT, Instant.parse("2025-01-01T10:05:00Z"));

        assertThat(ProgressTable.of(Lab.all(labs))).contains("1/1  [####################] 100%  done");
    }

    @Test
    void whenEveryLabIsDoneItSaysSo() {
        LabFolder folder = LabFolder.create(labs, "01-keys").passed("Step 1: a").report();
        folder.touch(STUB, Instant.parse("2025-01-01T10:00:00Z"));
        folder.touch(REPORT, Instant.parse("2025-01-01T10:05:00Z"));

        assertThat(ProgressTable.of(Lab.all(labs))).contains("Every lab is done.");
    }
}
