package io.ddbworkbench.bench;

import io.ddbworkbench.engine.DynamoDbEngine;
import java.lang.management.ManagementFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Run in a fresh JVM by {@link EngineBenchmark}: starts an engine, builds an SDK client on it, creates the table
 * and writes one item, then prints how long that took from main and from the JVM's own start.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        long mainEntered = System.nanoTime();
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = Workload.inProcessClient(engine)) {
            Workload.createTable(ddb);
            ddb.putItem(b -> b.tableName(Workload.TABLE).item(Workload.item(1)));
            long fromMainMillis = (System.nanoTime() - mainEntered) / 1_000_000;
            long jvmUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.println("fromMain=" + fromMainMillis + " jvmUptime=" + jvmUptimeMillis);
        }
    }
}
