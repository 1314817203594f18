package io.ddbworkbench.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when starting the server, checked without a child process. */
class EngineMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private DynamoDbEngine start(String... args) throws LaunchException {
        return EngineMain.start(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBannerTellsHowToPointTheCliAndTheSdkAtTheEndpoint() throws LaunchException {
        try (DynamoDbEngine engine = start("-port", "0")) {
            assertThat(engine).isNotNull();
            assertThat(out()).containsPattern("Listening on http://127\\.0\\.0\\.1:\\d+ ")
                    .contains("aws dynamodb list-tables --endpoint-url http://127.0.0.1:",
                            "AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=us-east-1",
                            ".endpointOverride(URI.create(\"http://127.0.0.1:", ".region(Region.US_EAST_1)",
                            "AwsBasicCredentials.create(\"local\", \"local\")", "any access key and secret are accepted",
                            "Press Ctrl-C to stop.");
            assertThat(err()).isEmpty();
        }
    }

    @Test
    void withRequiredCredentialsTheBannerNamesTheKeyButNotTheSecret() throws LaunchException {
        try (DynamoDbEngine engine = start("-port", "0", "-requireCredentials", "AKIDLOCAL:topsecret")) {
            assertThat(engine).isNotNull();
            assertThat(out()).contains("only access key AKIDLOCAL with its secret is accepted",
                    "AwsBasicCredentials.create(\"AKIDLOCAL\", \"<the secret given to -requireCredentials>\")")
                    .doesNotContain("topsecret");
        }
    }

    @Test
    void bindingBeyondLoopbackWarns() throws LaunchException {
        try (DynamoDbEngine engine = start("-port", "0", "-host", "0.0.0.0")) {
            assertThat(engine).isNotNull();
            assertThat(err()).startsWith("WARNING: listening on 0.0.0.0 makes the engine reachable from other machines");
        }
    }

    @Test
    void helpPrintsTheUsageAndRunsNothing() throws LaunchException {
        assertThat(start("-help")).isNull();
        assertThat(out()).startsWith("Usage: java -jar engine.jar [flags]");
    }

    @Test
    void aBadFlagPrintsOneLineThenTheUsage() {
        assertThatThrownBy(() -> start("-prot", "8000")).isInstanceOfSatisfying(LaunchException.class,
                e -> assertThat(e.status()).isEqualTo(2));
        assertThat(err()).startsWith("error: unknown flag '-prot'\n\nUsage: java -jar engine.jar [flags]");
        assertThat(out()).isEmpty();
    }

    @Test
    void aPortInUseIsAFailureWithoutUsage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start("-port", Integer.toString(taken.getLocalPort())))
                    .isInstanceOfSatisfying(LaunchException.class, e -> assertThat(e.status()).isEqualTo(1));
        }
        assertThat(err()).startsWith("error: could not listen on 127.0.0.1:").doesNotContain("Usage");
    }

    @Test
    void dbPathKeepsTheTablesAndTheBannerSaysWhereAndWhatCameBack(@TempDir Path data) throws LaunchException {
        try (DynamoDbEngine engine = start("-port", "0", "-dbPath", data.toString())) {
            assertThat(out()).contains("(tables kept in " + data.toAbsolutePath()
                    + " (0 table(s) restored, 0 log record(s) replayed); one database for every access key");
            engine.context().catalog().create(new Table(new TableDefinition.Builder().name("Kept").tableId("t1")
                    .keySchema(new KeySchema(new KeyAttribute("pk", AttributeType.S), null))
                    .attributeDefinitions(Map.of("pk", AttributeType.S)).build()));
        }
        out.reset();
        try (DynamoDbEngine engine = start("-port", "0", "-dbPath", data.toString(), "-fsync")) {
            assertThat(engine.context().catalog().names()).containsExactly("Kept");
            assertThat(out()).contains("(tables kept in " + data.toAbsolutePath()
                    + ", every write forced to disk (1 table(s) restored, 1 log record(s) replayed);");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeUsedIsAFailureSayingWhy(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve("log-000000000001.ddb"), "not a log at all, but long enough to read");
        assertThatThrownBy(() -> start("-port", "0", "-dbPath", data.toString()))
                .isInstanceOfSatisfying(LaunchException.class, e -> assertThat(e.status()).isEqualTo(1));
        assertThat(err()).startsWith("error: " + data.toAbsolutePath().resolve("log-000000000001.ddb")
                + " is damaged at byte 0: a record header is damaged.").doesNotContain("Usage");
    }
}
