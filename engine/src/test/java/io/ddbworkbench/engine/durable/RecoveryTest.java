package io.ddbworkbench.engine.durable;

import static io.ddbworkbench.engine.durable.StorageFixture.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.stream.StreamRegistry;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.table.ItemWriter.PlannedWrite;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    @TempDir
    Path data;

    @Test
    void recoveryTellsNoListenerAndLaterWritesAreToldAsUsual() {
        try (StorageFixture first = StorageFixture.open(data)) {
            first.createTable("Quiet", true);
            for (int i = 0; i < 10; i++) {
                first.put("Quiet", account("a" + i, i));
            }
        }
        // Built by hand, so the listeners are in place before recovery runs.
        Catalog catalog = new Catalog(Clock.systemUTC());
        ItemWriter writer = new ItemWriter(EngineOptions.SERVICE_ITEM_COLLECTION_LIMIT_BYTES);
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger definitions = new AtomicInteger();
        writer.addListener(changes -> commits.incrementAndGet());
        catalog.addDefinitionListener(definition -> definitions.incrementAndGet());
        try (DurableStorage storage = DurableStorage.open(data, CommitSync.WRITE,
                DurableStorage.DEFAULT_COMPACTION_BYTES, catalog, writer, new StreamRegistry(catalog),
                new IdempotencyTokens(Clock.systemUTC()))) {
            assertThat(catalog.find("Quiet").items().itemCount()).isEqualTo(10);
            assertThat(catalog.find("Quiet").index("ByA1")).isNotNull();
            assertThat(commits).hasValue(0);
            assertThat(definitions).hasValue(0);
            Item later = account("later", 1);
            writer.mutate(catalog.find("Quiet"), StorageFixture.keyOf(later), current -> later);
            assertThat(commits).hasValue(1);
            assertThat(storage.recordsReplayed()).isEqualTo(11);
        }
    }

    @Test
    void aTransactionCutShortByACrashLeavesNoTraceInAnyTable() throws IOException {
        long beforeSecond;
        try (StorageFixture engine = StorageFixture.open(data)) {
            Table checking = engine.createTable("Checking", false);
            Table savings = engine.createTable("Savings", false);
            engine.put("Checking", account("alice", 100));
            engine.put("Savings", account("alice", 0));
            engine.transact(List.of(new PlannedWrite(checking, key("alice"), checking.get(key("alice")), account("alice", 60)),
                    new PlannedWrite(savings, key("alice"), savings.get(key("alice")), account("alice", 40))));
            beforeSecond = Files.size(onlyLog());
            engine.transact(List.of(new PlannedWrite(checking, key("alice"), checking.get(key("alice")), account("alice", 0)),
                    new PlannedWrite(savings, key("alice"), savings.get(key("alice")), account("alice", 100))));
        }
        long afterSecond = Files.size(onlyLog());
        for (long cut = beforeSecond + 1; cut < afterSecond; cut += 7) {
            Path copy = StorageFixture.crashCopy(data, onlyLog(), cut);
            try (StorageFixture restarted = StorageFixture.open(copy)) {
                assertThat(balance(restarted, "Checking")).as("cut at %d", cut).isEqualTo(60);
                assertThat(balance(restarted, "Savings")).as("cut at %d", cut).isEqualTo(40);
                restarted.put("Checking", account("alice", 61));
            }
            try (StorageFixture again = StorageFixture.open(copy)) {
                assertThat(balance(again, "Checking")).as("written after the torn record").isEqualTo(61);
            }
        }
        try (StorageFixture whole = StorageFixture.open(data)) {
            assertThat(balance(whole, "Checking")).isEqualTo(0);
            assertThat(balance(whole, "Savings")).isEqualTo(100);
        }
    }

    @Test
    void damageInsideTheLogStopsTheStartAndSaysWhere() throws IOException {
        try (StorageFixture engine = StorageFixture.open(data)) {
            engine.createTable("Fragile", false);
            for (int i = 0; i < 20; i++) {
                engine.put("Fragile", account("a" + i, i));
            }
        }
        Path log = onlyLog();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int original = file.read();
            file.seek(middle);
            file.write(original ^ 0x20);
        }
        assertThatThrownBy(() -> StorageFixture.open(data))
                .isInstanceOf(CorruptFileException.class)
                .hasMessageStartingWith(log + " is damaged at byte ")
                .hasMessageContaining("a record fails its checksum");
    }

    @Test
    void aMissingLogStopsTheStart() throws IOException {
        try (StorageFixture engine = StorageFixture.open(data)) {
            engine.createTable("Gapped", false);
            engine.storage.compact();
            engine.put("Gapped", account("after", 1));
        }
        Path log = onlyLog();
        String name = log.getFileName().toString();
        long generation = Long.parseLong(name.substring(4, 16));
        Files.move(log, new StorageFiles(data).log(generation + 1));
        assertThatThrownBy(() -> StorageFixture.open(data))
                .isInstanceOf(CorruptFileException.class)
                .hasMessageContaining(name + " is missing, yet log-");
    }

    @Test
    void aSnapshotWithoutItsLogStopsTheStart() throws IOException {
        try (StorageFixture engine = StorageFixture.open(data)) {
            engine.createTable("Orphan", false);
            engine.storage.compact();
        }
        Path log = onlyLog();
        Files.delete(log);
        assertThatThrownBy(() -> StorageFixture.open(data))
                .isInstanceOf(CorruptFileException.class)
                .hasMessageStartingWith(log + " is missing, yet snapshot-");
    }

    @Test
    void aWriteTheDiskRefusesIsNeverAcknowledgedAndNeitherIsAnyAfterIt() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full, a device whose every write fails");
        Path nextLog = new StorageFiles(data).log(2);
        try (StorageFixture engine = StorageFixture.open(data)) {
            engine.createTable("Doomed", false);
            engine.put("Doomed", account("kept", 1));
            Files.createSymbolicLink(nextLog, full);
            assertThatThrownBy(engine.storage::compact).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> engine.put("Doomed", account("refused", 2)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("The durable log could not be written, so no write can be acknowledged any more;"
                            + " restart the engine");
        }
        Files.delete(nextLog);
        try (StorageFixture restarted = StorageFixture.open(data)) {
            assertThat(restarted.items("Doomed")).containsOnlyKeys("kept");
        }
    }

    @Test
    void compactionLeavesOneSnapshotAndOneLog() throws IOException {
        try (StorageFixture engine = StorageFixture.open(data)) {
            engine.createTable("Tidy", false);
            for (int round = 0; round < 3; round++) {
                engine.put("Tidy", account("r" + round, round));
                engine.storage.compact();
            }
        }
        StorageFiles files = new StorageFiles(data);
        assertThat(files.snapshots()).hasSize(1);
        assertThat(files.logs()).containsExactlyElementsOf(files.snapshots());
        try (StorageFixture engine = StorageFixture.open(data)) {
            assertThat(engine.items("Tidy")).containsOnlyKeys("r0", "r1", "r2");
            assertThat(engine.storage.recordsReplayed()).isZero();
        }
    }

    @Test
    void theLogCompactsItselfOnceItPassesTheThreshold() throws Exception {
        try (StorageFixture engine = StorageFixture.open(data, 4096)) {
            engine.createTable("Busy", false);
            for (int i = 0; i < 500; i++) {
                engine.put("Busy", account("a" + (i % 50), i));
            }
        }
        assertThat(new StorageFiles(data).snapshots()).isNotEmpty();
        try (StorageFixture engine = StorageFixture.open(data)) {
            assertThat(engine.items("Busy")).hasSize(50).containsEntry("a49", account("a49", 499));
        }
    }

    private Path onlyLog() {
        List<Long> logs = new StorageFiles(data).logs();
        assertThat(logs).hasSize(1);
        return new StorageFiles(data).log(logs.get(0));
    }

    private static long balance(StorageFixture engine, String table) {
        return StorageFixture.balance(engine.items(table).get("alice"));
    }

    private static PrimaryKey key(String pk) {
        return new PrimaryKey(new StringValue(pk), null);
    }
}
