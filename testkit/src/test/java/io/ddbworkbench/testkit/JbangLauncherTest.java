package io.ddbworkbench.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the repository's {@code ./jbang} launcher once, as a learner on a fresh machine would: it must fetch
 * JBang through Maven by itself (only Maven Central is needed) and run a single-file program.
 */
class JbangLauncherTest {

    @Test
    void launcherRunsASingleFileProgram(@TempDir Path work) throws IOException, InterruptedException {
        Path launcher = repositoryRoot().resolve("jbang");
        Path script = work.resolve("Greeting.java");
        Files.writeString(script, "class Greeting {\n"
                + "    public static void main(String[] args) {\n"
                + "        System.out.println(\"launched with \" + String.join(\"+\", args));\n"
                + "    }\n"
                + "}\n");

        Process process = new ProcessBuilder("sh", launcher.toString(), script.toString(), "one", "two words")
                .redirectErrorStream(true)
                .start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("launcher finished within 5 minutes; output so far:%n%s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("launched with one+two words");
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    }
}
