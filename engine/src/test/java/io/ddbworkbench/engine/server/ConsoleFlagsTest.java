package io.ddbworkbench.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.console.ConsoleAccess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** -console and -noConsole, what -requireCredentials does to the console, and what the banner says about it. */
class ConsoleFlagsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private static ConsoleAccess access(String... args) throws LaunchException {
        return ServerFlags.parse(args).engineOptions().console();
    }

    private String banner(String... args) throws LaunchException {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (DynamoDbEngine engine = EngineMain.start(args, new PrintStream(out, true, StandardCharsets.UTF_8), sink)) {
            assertThat(engine).isNotNull();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theConsoleFollowsTheBindAddressUnlessAFlagDecides() throws LaunchException {
        assertThat(access()).isEqualTo(ConsoleAccess.LOOPBACK);
        assertThat(access("-console")).isEqualTo(ConsoleAccess.ON);
        assertThat(access("-noConsole")).isEqualTo(ConsoleAccess.OFF);
        assertThat(access("--no-console")).as("the GNU spelling").isEqualTo(ConsoleAccess.OFF);
    }

    @Test
    void requiringCredentialsHidesTheConsoleUnlessItIsAskedFor() throws LaunchException {
        assertThat(access("-requireCredentials", "AKIDLOCAL:secret")).isEqualTo(ConsoleAccess.OFF);
        assertThat(access("-requireCredentials", "AKIDLOCAL:secret", "-console")).isEqualTo(ConsoleAccess.ON);
    }

    @Test
    void consoleAndNoConsoleTogetherAreAUsageError() {
        assertThatThrownBy(() -> ServerFlags.parse("-console", "-noConsole"))
                .isInstanceOfSatisfying(LaunchException.class, e -> assertThat(e.status()).isEqualTo(2))
                .hasMessage("-console and -noConsole cannot be used together: choose one");
    }

    @Test
    void theHelpDescribesBothFlags() {
        assertThat(ServerFlags.usage()).contains("-console ", "-noConsole ");
    }

    @Test
    void theBannerGivesTheConsoleUrlWhenTheConsoleIsOn() throws LaunchException {
        assertThat(banner("-port", "0"))
                .containsPattern("Web console \\(read-only\\): http://127\\.0\\.0\\.1:\\d+/console/\n");
    }

    @Test
    void theBannerSaysWhenTheConsoleIsOff() throws LaunchException {
        assertThat(banner("-port", "0", "-host", "0.0.0.0"))
                .contains("Web console: off (it shows every table without credentials; -console turns it on)\n")
                .doesNotContain("/console/");
    }

    @Test
    void aSharedServerShowsTheConsoleWhenAskedTo() throws LaunchException {
        assertThat(banner("-port", "0", "-host", "0.0.0.0", "-console"))
                .containsPattern("Web console \\(read-only\\): http://127\\.0\\.0\\.1:\\d+/console/\n");
    }
}
