package io.ddbworkbench.engine.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.stream.StreamState;
import io.ddbworkbench.engine.table.ItemWriter.PlannedWrite;
import io.ddbworkbench.engine.table.PrimaryKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-style: seeded random histories of puts, deletes, transactions, definition changes and compactions,
 * interrupted by clean restarts and by crash images (the files as a kill -9 leaves them, sometimes with the
 * last record torn). After every restart the tables must equal a model that applied the same acknowledged
 * operations, the global index must hold exactly the items that carry its key, and the stream of table T2
 * must be exactly what it was before (less the torn commit's records).
 */
class CrashHistoryTest {
    private static final long SEED = 0x5EED_D0B5L;
    private static final List<String> TABLES = List.of("T0", "T1", "T2");
    private static final int ROUNDS = 40;

    @TempDir
    Path root;

    private final Random random = new Random(SEED);
    private final RandomItems items = new RandomItems(SEED);
    private Map<String, Map<String, Item>> model = new HashMap<>();
    private Map<String, Map<String, String>> tags = new HashMap<>();

    @Test
    void randomHistoriesComeBackExactlyAfterRestartsAndCrashes() throws IOException {
        Path directory = root.resolve("run-0");
        StorageFixture engine = StorageFixture.open(directory);
        engine.createTable("T0", true);
        engine.createTable("T1", false);
        engine.createStreamedTable("T2");
        for (String table : TABLES) {
            model.put(table, new HashMap<>());
            tags.put(table, new HashMap<>());
        }
        List<StreamState> streams = engine.streams();
        int tornRecords = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            int operations = 1 + random.nextInt(30);
            for (int i = 0; i < operations - 1; i++) {
                operate(engine, true);
            }
            Map<String, Map<String, Item>> modelBefore = copy(model);
            Map<String, Map<String, String>> tagsBefore = copy(tags);
            List<StreamState> streamsBefore = engine.streams();
            Path log = newestLog(directory);
            long sizeBefore = Files.size(log);
            operate(engine, false);
            long sizeAfter = Files.size(log);
            streams = engine.streams();

            if (random.nextBoolean()) {
                engine.close();
            } else {
                Path image = root.resolve("run-" + round);
                StorageFixture.copyFiles(directory, image);
                engine.close();
                if (sizeAfter > sizeBefore + 1 && random.nextBoolean()) {
                    long cut = sizeBefore + 1 + random.nextInt((int) (sizeAfter - sizeBefore - 1));
                    StorageFixture.truncate(image.resolve(log.getFileName()), cut);
                    model = modelBefore;
                    tags = tagsBefore;
                    streams = streamsBefore;
                    tornRecords++;
                }
                directory = image;
            }
            engine = StorageFixture.open(directory);
            verify(engine, round);
            assertThat(engine.streams()).as("round %d, streams", round).isEqualTo(streams);
        }
        engine.close();
        assertThat(tornRecords).as("the seed exercises torn records").isGreaterThan(3);
        assertThat(streams.get(0).records()).as("the stream saw the history").hasSizeGreaterThan(50);
    }

    private void operate(StorageFixture engine, boolean mayCompact) throws IOException {
        int choice = random.nextInt(100);
        String table = TABLES.get(random.nextInt(TABLES.size()));
        if (choice < 45) {
            Item item = items.item(randomKey());
            engine.put(table, item);
            model.get(table).put(pk(item), item);
        } else if (choice < 60) {
            String pk = randomKey();
            engine.delete(table, pk);
            model.get(table).remove(pk);
        } else if (choice < 82) {
            transact(engine);
        } else if (choice < 94 || !mayCompact) {
            String value = "v" + random.nextInt(1000);
            engine.table(table).updateDefinition(current -> {
                Map<String, String> changed = new LinkedHashMap<>(current.tags());
                changed.put("tag", value);
                return current.toBuilder().tags(changed).build();
            });
            tags.get(table).put("tag", value);
        } else {
            engine.storage.compact();
        }
    }

    private void transact(StorageFixture engine) {
        List<PlannedWrite> writes = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        int size = 2 + random.nextInt(3);
        while (writes.size() < size) {
            String table = TABLES.get(random.nextInt(TABLES.size()));
            String pk = randomKey();
            if (!touched.add(table + "/" + pk)) {
                continue;
            }
            Item next = random.nextInt(4) == 0 ? null : items.item(pk);
            PrimaryKey key = new PrimaryKey(new StringValue(pk), null);
            writes.add(new PlannedWrite(engine.table(table), key, engine.table(table).get(key), next));
            if (next == null) {
                model.get(table).remove(pk);
            } else {
                model.get(table).put(pk, next);
            }
        }
        engine.transact(writes);
    }

    private void verify(StorageFixture engine, int round) {
        for (String table : TABLES) {
            assertThat(engine.items(table)).as("round %d, table %s", round, table).isEqualTo(model.get(table));
            assertThat(engine.table(table).definition().tags()).as("round %d, tags of %s", round, table)
                    .isEqualTo(tags.get(table));
        }
        long indexed = model.get("T0").values().stream().filter(item -> {
            AttributeValue a1 = item.get("a1");
            return a1 != null && a1.type() == AttributeType.S;
        }).count();
        assertThat(engine.table("T0").index("ByA1").store().itemCount()).as("round %d, index", round)
                .isEqualTo(indexed);
    }

    private String randomKey() {
        return "k" + random.nextInt(40);
    }

    private static String pk(Item item) {
        return ((StringValue) item.get("pk")).value();
    }

    private static Path newestLog(Path directory) {
        StorageFiles files = new StorageFiles(directory);
        List<Long> logs = files.logs();
        return files.log(logs.get(logs.size() - 1));
    }

    private static <V> Map<String, Map<String, V>> copy(Map<String, Map<String, V>> original) {
        Map<String, Map<String, V>> copy = new HashMap<>();
        original.forEach((table, entries) -> copy.put(table, new HashMap<>(entries)));
        return copy;
    }
}
