package io.ddbworkbench.bench;

import io.ddbworkbench.engine.DynamoDbEngine;
import java.lang.management.ManagementFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Run in a fresh JVM by {@link EngineBenchmark}: starts an engine, builds an SDK client on it, creates the table
 * and writes one item, then prints how long each step took, the total from main, and the JVM's uptime.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        long mainEntered = System.nanoTime();
        try (DynamoDbEngine engine = DynamoDbEngine.create()) {
            long engineStarted = System.nanoTime();
            try (DynamoDbClient ddb = Workload.inProcessClient(engine)) {
                long clientBuilt = System.nanoTime();
                Workload.createTable(ddb);
                long tableCreated = System.nanoTime();
                ddb.putItem(b -> b.tableName(Workload.TABLE).item(Workload.item(1)));
                long itemPut = System.nanoTime();
                System.out.println("fromMain=" + millis(mainEntered, itemPut)
                        + " jvmUptime=" + ManagementFactory.getRuntimeMXBean().getUptime()
                        + " engine=" + millis(mainEntered, engineStarted)
                        + " sdkClient=" + millis(engineStarted, clientBuilt)
                        + " createTable=" + millis(clientBuilt, tableCreated)
                        + " putItem=" + millis(tableCreated, itemPut));
            }
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
