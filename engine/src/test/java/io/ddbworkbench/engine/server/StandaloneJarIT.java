package io.ddbworkbench.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged server exactly as a user runs it, {@code java -jar engine/target/engine-<version>.jar}, with
 * nothing else on the class path: it must be self-contained.
 */
class StandaloneJarIT {

    @Test
    void theShadedJarRunsOnItsOwn() throws Exception {
        Path jar = Path.of(System.getProperty("engine.standaloneJar"));
        assertThat(jar).exists();
        assertThat(Files.size(jar)).isLessThan(5L * 1024 * 1024);

        try (ServerProcess server = ServerProcess.start(List.of("-jar", jar.toString()), "-port", "0", "-inMemory",
                "-sharedDb")) {
            assertThat(server.output().get(0)).matches("DynamoDB Workbench engine \\d+\\.\\d+\\.\\d+.*");
            EngineMainProcessTest.servesTheSdkAndStopsCleanly(server);
        }
    }
}
