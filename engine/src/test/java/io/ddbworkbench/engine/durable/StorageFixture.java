package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.stream.StreamRegistry;
import io.ddbworkbench.engine.stream.StreamState;
import io.ddbworkbench.engine.table.Catalog;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.ItemWriter;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.PrimaryKey;
import io.ddbworkbench.engine.table.Projection;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.StreamSettings;
import io.ddbworkbench.engine.table.StreamViewType;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The engine's core without the protocol: tables, write path, streams and ClientRequestTokens on durable
 * storage in a directory.
 */
final class StorageFixture implements AutoCloseable {
    final Catalog catalog = new Catalog(Clock.systemUTC());
    final ItemWriter writer = new ItemWriter(EngineOptions.SERVICE_ITEM_COLLECTION_LIMIT_BYTES);
    final StreamRegistry streams = new StreamRegistry(catalog);
    final IdempotencyTokens tokens;
    final DurableStorage storage;

    private StorageFixture(Path directory, long compactionBytes, Clock tokenClock) {
        tokens = new IdempotencyTokens(tokenClock);
        writer.addListener(streams);
        writer.addListener(tokens);
        storage = DurableStorage.open(directory, CommitSync.WRITE, compactionBytes, catalog, writer, streams,
                tokens);
    }

    /** Storage that compacts only when asked. */
    static StorageFixture open(Path directory) {
        return new StorageFixture(directory, Long.MAX_VALUE, Clock.systemUTC());
    }

    static StorageFixture open(Path directory, long compactionBytes) {
        return new StorageFixture(directory, compactionBytes, Clock.systemUTC());
    }

    /** Storage whose tokens age by {@code tokenClock}. */
    static StorageFixture open(Path directory, Clock tokenClock) {
        return new StorageFixture(directory, Long.MAX_VALUE, tokenClock);
    }

    /** Creates a table keyed by {@code pk} (S), with a global index on {@code a1} (S) when asked. */
    Table createTable(String name, boolean indexed) {
        return createTable(name, indexed, StreamSettings.DISABLED);
    }

    /** Creates a table with a NEW_AND_OLD_IMAGES stream. */
    Table createStreamedTable(String name) {
        String label = "2025-06-01T12:00:00.000";
        return createTable(name, false, new StreamSettings(true, StreamViewType.NEW_AND_OLD_IMAGES,
                "arn:aws:dynamodb:us-east-1:000000000000:table/" + name + "/stream/" + label, label));
    }

    private Table createTable(String name, boolean indexed, StreamSettings stream) {
        KeySchema key = new KeySchema(new KeyAttribute("pk", AttributeType.S), null);
        Map<String, AttributeType> attributes = new LinkedHashMap<>();
        attributes.put("pk", AttributeType.S);
        List<IndexDefinition> globals = List.of();
        if (indexed) {
            attributes.put("a1", AttributeType.S);
            globals = List.of(new IndexDefinition("ByA1", true,
                    new KeySchema(new KeyAttribute("a1", AttributeType.S), null), Projection.all(),
                    ProvisionedThroughput.ON_DEMAND, TableStatus.ACTIVE, null, "arn:index/ByA1"));
        }
        TableDefinition definition = new TableDefinition.Builder()
                .name(name)
                .tableId(UUID.randomUUID().toString())
                .arn("arn:aws:dynamodb:us-east-1:000000000000:table/" + name)
                .keySchema(key)
                .attributeDefinitions(attributes)
                .globalIndexes(globals)
                .stream(stream)
                .build();
        return catalog.create(new Table(definition));
    }

    Table table(String name) {
        return catalog.find(name);
    }

    void put(String table, Item item) {
        writer.mutate(table(table), keyOf(item), current -> item);
    }

    void delete(String table, String pk) {
        writer.mutate(table(table), new PrimaryKey(new StringValue(pk), null), current -> null);
    }

    /** Applies the writes as one transaction, as TransactWriteItems does. */
    void transact(List<ItemWriter.PlannedWrite> writes) {
        transact(writes, null);
    }

    /** Applies the writes as one transaction that completes {@code token} (null: none) with its commit. */
    void transact(List<ItemWriter.PlannedWrite> writes, IdempotencyTokens.Completion token) {
        List<Table> tables = writes.stream().map(ItemWriter.PlannedWrite::table).toList();
        writer.withLocks(tables, () -> writer.commit(writes, token == null ? null : () -> token));
    }

    /** An account item: key {@code pk}, number attribute {@code balance}. */
    static Item account(String pk, long balance) {
        return Item.of(Map.of("pk", new StringValue(pk), "balance", NumberValue.of(balance)));
    }

    static long balance(Item account) {
        return ((NumberValue) account.get("balance")).decimal().longValueExact();
    }

    static PrimaryKey keyOf(Item item) {
        return new PrimaryKey(item.get("pk"), null);
    }

    /** Every stream with its records, in ARN order. */
    List<StreamState> streams() {
        List<StreamState> states = new ArrayList<>(streams.export(null));
        states.sort(Comparator.comparing(StreamState::arn));
        return states;
    }

    /** The table's items by partition key. */
    Map<String, Item> items(String table) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (Item item : table(table).snapshot()) {
            items.put(((StringValue) item.get("pk")).value(), item);
        }
        return items;
    }

    /** Copies a data directory's files as a crash would leave them (the lock aside, which dies with the process). */
    static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("LOCK")) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    /** A copy of the data directory as a crash {@code cut} bytes into writing {@code log} would leave it. */
    static Path crashCopy(Path directory, Path log, long cut) throws IOException {
        Path copy = directory.resolveSibling(directory.getFileName() + "-cut-" + cut);
        copyFiles(directory, copy);
        truncate(copy.resolve(log.getFileName()), cut);
        return copy;
    }

    /** Cuts a file short, as a crash in the middle of writing its end would. */
    static void truncate(Path file, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }

    @Override
    public void close() {
        storage.close();
    }
}
