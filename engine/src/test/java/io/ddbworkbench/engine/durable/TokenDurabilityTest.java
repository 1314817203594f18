package io.ddbworkbench.engine.durable;

import static io.ddbworkbench.engine.durable.StorageFixture.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonWriter;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.ItemWriter.PlannedWrite;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import io.ddbworkbench.engine.transaction.IdempotencyTokens.Completed;
import io.ddbworkbench.engine.transaction.IdempotencyTokens.Completion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completed ClientRequestTokens live and die with their transactions' commits across restarts. */
class TokenDurabilityTest {
    private static final String MISMATCH = "DynamoDB rejected the request because you retried a request with a"
            + " different payload but with an idempotent token that was already used.";

    @TempDir
    Path data;

    @Test
    void aCompletedTokenComesBackWithItsTransactionAfterARestart() {
        Completion token = completion("transfer-1", "fingerprint-a", Instant.now());
        try (StorageFixture engine = StorageFixture.open(data)) {
            Table accounts = engine.createTable("Accounts", false);
            engine.transact(List.of(write(accounts, account("alice", 60))), token);
        }
        try (StorageFixture restarted = StorageFixture.open(data)) {
            assertThat(restarted.items("Accounts")).containsEntry("alice", account("alice", 60));
            assertReplays(restarted.tokens, token);
            assertThatThrownBy(() -> restarted.tokens.claim("transfer-1", "fingerprint-b"))
                    .isInstanceOf(ApiException.class)
                    .hasMessage(MISMATCH)
                    .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH);
        }
    }

    @Test
    void aTokenOutlivesTheCompactionThatDropsItsLog() throws IOException {
        Completion token = completion("transfer-2", "fingerprint-a", Instant.now());
        try (StorageFixture engine = StorageFixture.open(data)) {
            Table accounts = engine.createTable("Accounts", false);
            engine.transact(List.of(write(accounts, account("bob", 5))), token);
            engine.storage.compact();
        }
        StorageFiles files = new StorageFiles(data);
        assertThat(files.snapshots()).hasSize(1);
        try (StorageFixture restarted = StorageFixture.open(data)) {
            assertThat(restarted.storage.recordsReplayed()).as("everything came from the snapshot").isZero();
            assertReplays(restarted.tokens, token);
            restarted.storage.compact();
        }
        try (StorageFixture again = StorageFixture.open(data)) {
            assertReplays(again.tokens, token);
        }
    }

    @Test
    void aTokenWhoseTenMinutesHavePassedIsNotBroughtBackFromTheLogNorFromASnapshot() throws IOException {
        Instant completedAt = Instant.now();
        Completion logged = completion("in-log", "fingerprint-a", completedAt);
        Completion snapshotted = completion("in-snapshot", "fingerprint-a", completedAt);
        try (StorageFixture engine = StorageFixture.open(data)) {
            Table accounts = engine.createTable("Accounts", false);
            engine.transact(List.of(write(accounts, account("carol", 1))), snapshotted);
            engine.storage.compact();
            engine.transact(List.of(write(accounts, account("carol", 2))), logged);
        }
        Clock justInside = Clock.fixed(completedAt.plus(IdempotencyTokens.WINDOW), Clock.systemUTC().getZone());
        try (StorageFixture restarted = StorageFixture.open(data, justInside)) {
            assertReplays(restarted.tokens, logged);
            assertReplays(restarted.tokens, snapshotted);
        }
        Clock pastIt = Clock.offset(justInside, Duration.ofMillis(1));
        try (StorageFixture restarted = StorageFixture.open(data, pastIt)) {
            assertThat(restarted.tokens.claim("in-log", "fingerprint-b")).as("free again").isNull();
            assertThat(restarted.tokens.claim("in-snapshot", "fingerprint-b")).as("free again").isNull();
            assertThat(restarted.items("Accounts")).containsEntry("carol", account("carol", 2));
        }
    }

    @Test
    void aTransactionThatChangesNoItemStillKeepsItsToken() throws IOException {
        Completion token = completion("checks-only", "fingerprint-a", Instant.now());
        try (StorageFixture engine = StorageFixture.open(data)) {
            Table accounts = engine.createTable("Accounts", false);
            engine.put("Accounts", account("dave", 7));
            Item unchanged = accounts.get(StorageFixture.keyOf(account("dave", 7)));
            long before = Files.size(onlyLog());
            engine.transact(List.of(new PlannedWrite(accounts, StorageFixture.keyOf(unchanged), unchanged, unchanged)),
                    token);
            assertThat(Files.size(onlyLog())).as("a record of its own").isGreaterThan(before);
        }
        try (StorageFixture restarted = StorageFixture.open(data)) {
            assertReplays(restarted.tokens, token);
            assertThat(restarted.items("Accounts")).containsOnlyKeys("dave");
        }
    }

    @Test
    void aCommitRecordCutShortByACrashLosesItsItemsAndItsTokenTogether() throws IOException {
        Completion token = completion("torn", "fingerprint-a", Instant.now());
        long beforeRecord;
        try (StorageFixture engine = StorageFixture.open(data)) {
            Table accounts = engine.createTable("Accounts", false);
            engine.put("Accounts", account("erin", 100));
            beforeRecord = Files.size(onlyLog());
            engine.transact(List.of(write(accounts, account("erin", 0))), token);
        }
        long afterRecord = Files.size(onlyLog());
        for (long cut = beforeRecord + 1; cut < afterRecord; cut += 5) {
            Path copy = StorageFixture.crashCopy(data, onlyLog(), cut);
            try (StorageFixture restarted = StorageFixture.open(copy)) {
                assertThat(restarted.items("Accounts")).as("cut at %d", cut)
                        .containsEntry("erin", account("erin", 100));
                assertThat(restarted.tokens.claim("torn", "fingerprint-b")).as("cut at %d: token free", cut).isNull();
            }
        }
        assertARestartKeeps(account("erin", 0), token);
    }

    @Test
    void aDataDirectoryOfTheFirstFormatVersionStillOpensAndTakesTokens() throws IOException {
        try (StorageFixture engine = StorageFixture.open(data)) {
            engine.createTable("Accounts", false);
            engine.put("Accounts", account("frank", 3));
        }
        rewriteHeaderVersion(onlyLog(), 1);
        Completion token = completion("after-upgrade", "fingerprint-a", Instant.now());
        try (StorageFixture upgraded = StorageFixture.open(data)) {
            assertThat(upgraded.items("Accounts")).containsEntry("frank", account("frank", 3));
            upgraded.transact(List.of(write(upgraded.table("Accounts"), account("frank", 4))), token);
        }
        assertARestartKeeps(account("frank", 4), token);
    }

    @Test
    void aFileOfAFormatVersionFromTheFutureIsRefusedWithItsVersion() throws IOException {
        try (StorageFixture engine = StorageFixture.open(data)) {
            engine.createTable("Accounts", false);
        }
        rewriteHeaderVersion(onlyLog(), FileHeader.FORMAT_VERSION + 1);
        assertThatThrownBy(() -> StorageFixture.open(data))
                .isInstanceOf(CorruptFileException.class)
                .hasMessageContaining("format version " + (FileHeader.FORMAT_VERSION + 1)
                        + " is not one this engine reads (1 to " + FileHeader.FORMAT_VERSION + ")");
    }

    /** After a restart on the directory the account reads {@code expected} and the token replays. */
    private void assertARestartKeeps(Item expected, Completion token) {
        try (StorageFixture restarted = StorageFixture.open(data)) {
            assertThat(restarted.items("Accounts").values()).contains(expected);
            assertReplays(restarted.tokens, token);
        }
    }

    /** The token replays with exactly what its first run recorded. */
    private static void assertReplays(IdempotencyTokens tokens, Completion expected) {
        Completed replay = tokens.claim(expected.token(), expected.fingerprint());
        assertThat(replay).as("token %s replays", expected.token()).isNotNull();
        assertThat(replay.replayReadUnits()).containsExactlyEntriesOf(expected.completed().replayReadUnits());
        assertThat(JsonWriter.toJson(replay.itemCollectionMetrics()))
                .isEqualTo(JsonWriter.toJson(expected.completed().itemCollectionMetrics()));
    }

    private static Completion completion(String token, String fingerprint, Instant at) {
        Map<String, Double> units = new LinkedHashMap<>();
        units.put("Accounts", 2.0);
        units.put("Ledger", 0.5);
        JsonObject metrics = new JsonObject().put("Accounts", new JsonArray().add(new JsonObject()
                .put("SizeEstimateRangeGB", new JsonArray().add(JsonNumber.of(0)).add(JsonNumber.of(1)))));
        return new Completion(token, fingerprint, at, new Completed(units, metrics));
    }

    private static PlannedWrite write(Table table, Item item) {
        return new PlannedWrite(table, StorageFixture.keyOf(item), table.get(StorageFixture.keyOf(item)), item);
    }

    /** Rewrites a file's header frame as if an engine of that format version had written it. */
    private static void rewriteHeaderVersion(Path file, int version) throws IOException {
        FileHeader header;
        try (FrameReader frames = new FrameReader(file)) {
            header = FileHeader.read(frames.next(), FileHeader.LOG, new StorageFiles(file.getParent()).logs().get(0));
        }
        ByteOutput content = new FileHeader(header.kind(), version, header.generation(), header.previousLsn())
                .encode();
        ByteOutput frame = new ByteOutput(64);
        Frames.append(frame, content.array(), content.size());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(frame.array(), 0, frame.size()), 0);
        }
    }

    private Path onlyLog() {
        List<Long> logs = new StorageFiles(data).logs();
        assertThat(logs).hasSize(1);
        return new StorageFiles(data).log(logs.get(0));
    }
}
