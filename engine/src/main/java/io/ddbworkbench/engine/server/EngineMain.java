package io.ddbworkbench.engine.server;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.durable.CommitSync;
import io.ddbworkbench.engine.durable.DurableStorageException;
import io.ddbworkbench.engine.protocol.EngineHttpServer;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Runs the engine as a standalone local server, a drop-in for DynamoDB Local's command line
 * ({@code java -jar engine-<version>.jar -port 8000 -inMemory}). Prints how to point the AWS CLI and the Java
 * SDK at it, and stops cleanly, with exit code 0, on Ctrl-C or SIGTERM. Exit code 2 means a bad command line,
 * 1 a server that could not start.
 */
public final class EngineMain {
    private EngineMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DynamoDbEngine engine;
        try {
            engine = start(args, System.out, System.err);
        } catch (LaunchException e) {
            System.exit(e.status());
            return;
        }
        if (engine == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engine.close();
            System.out.println("Stopped.");
            System.out.flush();
            // Ctrl-C and SIGTERM are how this server is meant to stop, so they end it with success, not 130/143.
            Runtime.getRuntime().halt(0);
        }, "ddb-engine-shutdown"));
        Thread.currentThread().join(); // serve until Ctrl-C or SIGTERM runs the hook above
    }

    /**
     * Parses the flags and starts the server, printing the banner to {@code out} and problems to {@code err}.
     *
     * @return the running engine, or null when there is nothing to run (-help)
     * @throws LaunchException after printing why, when the server cannot start
     */
    static DynamoDbEngine start(String[] args, PrintStream out, PrintStream err) throws LaunchException {
        try {
            ServerSettings settings = ServerFlags.parse(args);
            if (settings.help) {
                out.print(ServerFlags.usage());
                return null;
            }
            warnIfExposed(settings.host, err);
            DynamoDbEngine engine = open(settings);
            try {
                EngineHttpServer server = engine.startServer(settings.host, settings.port);
                out.print(banner(settings, engine, server.endpoint(), engine.consoleUrl(server)));
                out.flush();
                return engine;
            } catch (UncheckedIOException e) {
                engine.close();
                throw LaunchException.failure(e.getMessage());
            }
        } catch (LaunchException e) {
            err.println("error: " + e.getMessage());
            if (e.status() == LaunchException.USAGE) {
                err.println();
                err.print(ServerFlags.usage());
            }
            throw e;
        }
    }

    private static DynamoDbEngine open(ServerSettings settings) throws LaunchException {
        try {
            return DynamoDbEngine.create(settings.engineOptions());
        } catch (DurableStorageException e) {
            throw LaunchException.failure(e.getMessage());
        }
    }

    private static void warnIfExposed(String host, PrintStream err) throws LaunchException {
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                err.println("WARNING: listening on " + host + " makes the engine reachable from other machines;"
                        + " anyone who reaches it can read and change every table"
                        + " (-requireCredentials limits that to one key pair).");
            }
        } catch (UnknownHostException e) {
            throw LaunchException.usage("-host " + host + " is not an address of this machine");
        }
    }

    /** Where the tables live, for the banner: memory, or the data directory and what came back from it. */
    private static String storage(DynamoDbEngine engine) {
        return engine.durableStorage().map(storage -> "tables kept in " + storage.directory()
                + (engine.context().options().commitSync() == CommitSync.FSYNC ? ", every write forced to disk" : "")
                + " (" + engine.context().catalog().names().size() + " table(s) restored, "
                + storage.recordsReplayed() + " log record(s) replayed)").orElse("in memory");
    }

    private static String banner(ServerSettings settings, DynamoDbEngine engine, URI endpoint,
                                 Optional<URI> console) {
        String version = EngineMain.class.getPackage().getImplementationVersion();
        String key = settings.accessKeyId == null ? "local" : settings.accessKeyId;
        String secret = settings.accessKeyId == null ? "local" : "<the secret given to -requireCredentials>";
        String credentials = settings.accessKeyId == null
                ? "any access key and secret are accepted"
                : "only access key " + settings.accessKeyId + " with its secret is accepted";
        return "DynamoDB Workbench engine " + (version == null ? "(development build)" : version) + "\n"
                + "Listening on " + endpoint + " (" + storage(engine)
                + "; one database for every access key and region;"
                + " " + credentials + ")\n"
                + "\n"
                + "AWS CLI:\n"
                + "  export AWS_ACCESS_KEY_ID=" + key + " AWS_SECRET_ACCESS_KEY=" + secret + " AWS_REGION=us-east-1\n"
                + "  aws dynamodb list-tables --endpoint-url " + endpoint + "\n"
                + "AWS SDK for Java 2.x:\n"
                + "  DynamoDbClient.builder()\n"
                + "      .endpointOverride(URI.create(\"" + endpoint + "\"))\n"
                + "      .region(Region.US_EAST_1)\n"
                + "      .credentialsProvider(StaticCredentialsProvider.create(\n"
                + "          AwsBasicCredentials.create(\"" + key + "\", \"" + secret + "\")))\n"
                + "      .build();\n"
                + "\n"
                + console.map(url -> "Web console (read-only): " + url + "\n")
                        .orElse("Web console: off (it shows every table without credentials; -console turns it on)\n")
                + "Press Ctrl-C to stop.\n";
    }
}
