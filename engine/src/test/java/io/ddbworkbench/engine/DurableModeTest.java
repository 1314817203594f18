package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTableWithIndex;
import static io.ddbworkbench.engine.ControlPlaneFixtures.projectAll;
import static io.ddbworkbench.engine.ControlPlaneFixtures.range;
import static io.ddbworkbench.engine.ControlPlaneFixtures.tableArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.durable.CommitSync;
import io.ddbworkbench.engine.durable.DurableStorage;
import io.ddbworkbench.engine.durable.DurableStorageException;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/** -dbPath as a user sees it: what was written is there after a restart, through the SDK. */
class DurableModeTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(Door.class)
    void tablesItemsIndexesAndSettingsComeBackAfterARestart(Door door) {
        Map<String, TableDescription> before = new HashMap<>();
        run(door, (engine, ddb) -> {
            ddb.createTable(onDemandTableWithIndex("Orders")
                    .attributeDefinitions(attribute("pk", ScalarAttributeType.S),
                            attribute("sk", ScalarAttributeType.S), attribute("g", ScalarAttributeType.S),
                            attribute("l", ScalarAttributeType.S))
                    .keySchema(hash("pk"), range("sk"))
                    .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("ByL")
                            .keySchema(hash("pk"), range("l")).projection(projectAll()).build())
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
                    .tags(Tag.builder().key("team").value("billing").build())
                    .build());
            for (int i = 0; i < 50; i++) {
                Map<String, AttributeValue> item = order("c" + (i % 5), "o" + i, "g" + (i % 3), i);
                ddb.putItem(b -> b.tableName("Orders").item(item));
            }
            ddb.putItem(b -> b.tableName("Orders").item(order("c1", "o1", "changed", 1)));
            ddb.updateTable(b -> b.tableName("Orders")
                    .attributeDefinitions(attribute("total", ScalarAttributeType.N))
                    .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("ByTotal")
                            .keySchema(hash("total")).projection(projectAll()))));
            ddb.tagResource(b -> b.resourceArn(tableArn("Orders")).tags(Tag.builder().key("tier").value("1").build()));
            ddb.createTable(onDemandTable("Empty").build());
            before.put("Orders", ddb.describeTable(b -> b.tableName("Orders")).table());
            before.put("Empty", ddb.describeTable(b -> b.tableName("Empty")).table());
        });

        run(door, (engine, ddb) -> {
            assertThat(ddb.listTables().tableNames()).containsExactly("Empty", "Orders");
            assertThat(ddb.describeTable(b -> b.tableName("Orders")).table()).isEqualTo(before.get("Orders"));
            assertThat(ddb.describeTable(b -> b.tableName("Empty")).table()).isEqualTo(before.get("Empty"));
            assertThat(ddb.listTagsOfResource(b -> b.resourceArn(tableArn("Orders"))).tags())
                    .extracting(Tag::key).containsExactlyInAnyOrder("team", "tier");
            assertThat(get(ddb, "Orders", "c1", "o1")).isEqualTo(order("c1", "o1", "changed", 1));
            assertThat(get(ddb, "Orders", "c4", "o49")).isEqualTo(order("c4", "o49", "g1", 49));
            ddb.putItem(b -> b.tableName("Orders").item(order("c9", "after", "g0", 99)));
        });

        run(door, (engine, ddb) ->
                assertThat(get(ddb, "Orders", "c9", "after")).isEqualTo(order("c9", "after", "g0", 99)));
    }

    @Test
    void aDeletedTableStaysDeletedAndItsNameServesTheNewTable() {
        run(Door.IN_PROCESS, (engine, ddb) -> {
            ddb.createTable(onDemandTable("Reused").build());
            ddb.putItem(b -> b.tableName("Reused").item(Map.of("pk", AttributeValue.fromS("old"))));
            ddb.createTable(onDemandTable("Dropped").build());
            ddb.deleteTable(b -> b.tableName("Dropped"));
            ddb.deleteTable(b -> b.tableName("Reused"));
            ddb.createTable(onDemandTable("Reused").attributeDefinitions(attribute("pk", ScalarAttributeType.N))
                    .build());
            ddb.putItem(b -> b.tableName("Reused").item(Map.of("pk", AttributeValue.fromN("7"))));
        });

        run(Door.IN_PROCESS, (engine, ddb) -> {
            assertThat(ddb.listTables().tableNames()).containsExactly("Reused");
            assertThat(ddb.describeTable(b -> b.tableName("Reused")).table().itemCount()).isEqualTo(1);
            assertThat(ddb.getItem(b -> b.tableName("Reused").key(Map.of("pk", AttributeValue.fromN("7")))).item())
                    .containsEntry("pk", AttributeValue.fromN("7"));
            assertThatThrownBy(() -> ddb.describeTable(b -> b.tableName("Dropped")))
                    .isInstanceOf(ResourceNotFoundException.class);
        });
    }

    @Test
    void writesBeforeAndAfterACompactionAllComeBack() {
        run(Door.IN_PROCESS, (engine, ddb) -> {
            ddb.createTable(onDemandTable("Compacted").build());
            for (int i = 0; i < 100; i++) {
                Map<String, AttributeValue> item = numbered(i, "before");
                ddb.putItem(b -> b.tableName("Compacted").item(item));
            }
            compact(engine);
            for (int i = 50; i < 150; i++) {
                Map<String, AttributeValue> item = numbered(i, "after");
                ddb.putItem(b -> b.tableName("Compacted").item(item));
            }
            // DeleteItem through the write path (the action lands with the item API).
            Table table = engine.context().catalog().require("Compacted");
            for (int i = 0; i < 10; i++) {
                PrimaryKey key = new PrimaryKey(new StringValue("k" + i), null);
                engine.context().writer().mutate(table, key, current -> null);
            }
        });

        for (int restart = 0; restart < 2; restart++) {
            run(Door.IN_PROCESS, (engine, ddb) -> {
                assertThat(ddb.describeTable(b -> b.tableName("Compacted")).table().itemCount()).isEqualTo(140);
                assertThat(ddb.getItem(b -> b.tableName("Compacted").key(key(5))).hasItem()).isFalse();
                assertThat(ddb.getItem(b -> b.tableName("Compacted").key(key(20))).item())
                        .isEqualTo(numbered(20, "before"));
                assertThat(ddb.getItem(b -> b.tableName("Compacted").key(key(120))).item())
                        .isEqualTo(numbered(120, "after"));
                compact(engine);
            });
        }
    }

    @Test
    void fsyncModeKeepsWritesToo() {
        EngineOptions fsync = EngineOptions.builder().dataDirectory(data).commitSync(CommitSync.FSYNC).build();
        try (DynamoDbEngine engine = DynamoDbEngine.create(fsync);
             DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ddb.createTable(onDemandTable("Synced").build());
            ddb.putItem(b -> b.tableName("Synced").item(numbered(1, "synced")));
        }
        run(Door.IN_PROCESS, (engine, ddb) ->
                assertThat(ddb.getItem(b -> b.tableName("Synced").key(key(1))).item())
                        .isEqualTo(numbered(1, "synced")));
    }

    @Test
    void aSecondEngineCannotOpenTheSameDirectory() {
        EngineOptions options = EngineOptions.builder().dataDirectory(data).build();
        try (DynamoDbEngine first = DynamoDbEngine.create(options)) {
            assertThat(first.durableStorage()).map(DurableStorage::directory).contains(data);
            assertThatThrownBy(() -> DynamoDbEngine.create(options))
                    .isInstanceOf(DurableStorageException.class)
                    .hasMessage("An engine in this JVM already uses the data directory " + data + "; close it first");
        }
        try (DynamoDbEngine reopened = DynamoDbEngine.create(options)) {
            assertThat(reopened.durableStorage()).isPresent();
        }
    }

    @Test
    void anEngineWithoutADataDirectoryKeepsNothing() {
        try (DynamoDbEngine engine = DynamoDbEngine.create()) {
            assertThat(engine.durableStorage()).isEmpty();
        }
    }

    private void run(Door door, BiConsumer<DynamoDbEngine, DynamoDbClient> body) {
        EngineOptions options = EngineOptions.builder().dataDirectory(data).build();
        try (DynamoDbEngine engine = DynamoDbEngine.create(options); DynamoDbClient ddb = door.client(engine)) {
            body.accept(engine, ddb);
        }
    }

    private static void compact(DynamoDbEngine engine) {
        try {
            engine.durableStorage().orElseThrow().compact();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, AttributeValue> order(String customer, String order, String group, int total) {
        return Map.of("pk", AttributeValue.fromS(customer), "sk", AttributeValue.fromS(order),
                "g", AttributeValue.fromS(group), "l", AttributeValue.fromS("l" + total),
                "total", AttributeValue.fromN(Integer.toString(total)),
                "lines", AttributeValue.fromL(java.util.List.of(AttributeValue.fromM(Map.of(
                        "sku", AttributeValue.fromS("s" + total), "qty", AttributeValue.fromN("2"))))));
    }

    private static Map<String, AttributeValue> get(DynamoDbClient ddb, String table, String pk, String sk) {
        return ddb.getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS(pk),
                "sk", AttributeValue.fromS(sk)))).item();
    }

    private static Map<String, AttributeValue> numbered(int i, String note) {
        return Map.of("pk", AttributeValue.fromS("k" + i), "note", AttributeValue.fromS(note),
                "n", AttributeValue.fromN(Integer.toString(i)));
    }

    private static Map<String, AttributeValue> key(int i) {
        return Map.of("pk", AttributeValue.fromS("k" + i));
    }
}
