package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.projectAll;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A global index added while writers are busy ends up holding every item that has its key: none is lost. */
class IndexBackfillConcurrencyTest {
    private static final int WRITERS = 4;
    private static final int ITEMS_PER_WRITER = 150;

    @Test
    void writesDuringTheBackfillAreAllIndexed() {
        withClient(Door.IN_PROCESS, ddb -> {
            ddb.createTable(onDemandTable("Busy").build());
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            CountDownLatch halfway = new CountDownLatch(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < ITEMS_PER_WRITER; i++) {
                        String id = writer + "-" + i;
                        ddb.putItem(b -> b.tableName("Busy").item(Map.of("pk", AttributeValue.fromS(id),
                                "g", AttributeValue.fromS("group" + (id.hashCode() & 7)))));
                        if (i == ITEMS_PER_WRITER / 2) {
                            halfway.countDown();
                        }
                    }
                }));
            }
            try {
                halfway.await(30, TimeUnit.SECONDS);
                ddb.updateTable(b -> b.tableName("Busy")
                        .attributeDefinitions(attribute("g", ScalarAttributeType.S))
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("ByGroup").keySchema(hash("g"))
                                .projection(projectAll()))));
                for (Future<?> writer : writers) {
                    writer.get(30, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                pool.shutdownNow();
            }

            long indexed = ddb.describeTable(b -> b.tableName("Busy")).table().globalSecondaryIndexes().get(0).itemCount();
            assertThat(indexed).isEqualTo(WRITERS * ITEMS_PER_WRITER);
        });
    }
}
