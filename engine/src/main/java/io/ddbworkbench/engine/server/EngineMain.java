package io.ddbworkbench.engine.server;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.protocol.EngineHttpServer;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the engine as a standalone local server, like DynamoDB Local: {@code -port N} (default 8000),
 * {@code -host ADDRESS} (default 127.0.0.1). Stops cleanly on Ctrl-C or SIGTERM.
 */
public final class EngineMain {
    private EngineMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8000;
        String host = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-port":
                    port = Integer.parseInt(args[++i]);
                    break;
                case "-host":
                    host = args[++i];
                    break;
                default:
                    System.err.println("Unknown option " + args[i] + ". Options: -port N, -host ADDRESS");
                    System.exit(2);
            }
        }
        DynamoDbEngine engine = DynamoDbEngine.create();
        EngineHttpServer server = engine.startServer(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engine.close();
            stopped.countDown();
        }, "ddb-engine-shutdown"));
        System.out.println("DynamoDB Workbench engine listening on " + server.endpoint());
        System.out.println("  AWS CLI: aws dynamodb list-tables --endpoint-url " + server.endpoint());
        System.out.println("  Java SDK: DynamoDbClient.builder().endpointOverride(URI.create(\"" + server.endpoint()
                + "\"))");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }
}
