package io.ddbworkbench.labkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.labkit.StubFingerprint.State;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubFingerprintTest {
    @TempDir
    Path labs;

    @Test
    void aLabWithoutAFingerprintIsUnsealedUntilSealed() {
        LabFolder folder = LabFolder.create(labs, "04-accounts");

        assertThat(StubFingerprint.state(folder.lab())).isEqualTo(State.UNSEALED);
        folder.seal();
        assertThat(StubFingerprint.state(folder.lab())).isEqualTo(State.UNTOUCHED);
    }

    @Test
    void anyEditAddedOrDeletedFileChangesTheStub() {
        LabFolder edited = LabFolder.create(labs, "01-edited").seal().editStub();
        LabFolder added = LabFolder.create(labs, "02-added").seal();
        added.write("src/main/java/io/example/lab/Helper.java", "class Helper {}\n");
        LabFolder deleted = LabFolder.create(labs, "03-deleted");
        deleted.write("src/main/java/io/example/lab/Extra.java", "class Extra {}\n");
        deleted.seal();
        deleted.write("src/main/java/io/example/lab/Extra.java", "");

        assertThat(StubFingerprint.state(edited.lab())).isEqualTo(State.CHANGED);
        assertThat(StubFingerprint.state(added.lab())).isEqualTo(State.CHANGED);
        assertThat(StubFingerprint.state(deleted.lab())).isEqualTo(State.CHANGED);
    }

    @Test
    void lineEndingsDoNotCount() throws Exception {
        LabFolder folder = LabFolder.create(labs, "04-accounts").seal();
        Path stub = folder.dir().resolve("src/main/java/io/example/lab/Accounts.java");

        Files.writeString(stub, Files.readString(stub).replace("\n", "\r\n"));

        assertThat(StubFingerprint.state(folder.lab())).isEqualTo(State.UNTOUCHED);
    }

    @Test
    void theRecordNamesEachFileByItsPathUnderTheSourceRoot() throws Exception {
        LabFolder folder = LabFolder.create(labs, "04-accounts").seal();

        assertThat(Files.readAllLines(folder.lab().fingerprintFile()))
                .filteredOn(line -> !line.startsWith("#"))
                .singleElement().asString()
                .matches("[0-9a-f]{64}  io/example/lab/Accounts\\.java");
    }
}
