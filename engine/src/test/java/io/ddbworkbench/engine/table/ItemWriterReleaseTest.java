package io.ddbworkbench.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Listeners see each commit under the tables' locks and get {@code released} once the locks are gone but
 * before the write returns: where the durable log waits for the disk without holding other writers up.
 */
class ItemWriterReleaseTest {
    private final ItemWriter writer = new ItemWriter(EngineOptions.SERVICE_ITEM_COLLECTION_LIMIT_BYTES);
    private final Table left = table("Left");
    private final Table right = table("Right");
    private final List<String> events = new ArrayList<>();

    ItemWriterReleaseTest() {
        writer.addListener(new ChangeListener() {
            @Override
            public void committed(List<ItemChange> changes) {
                events.add("committed " + changes.size() + " locked=" + locked());
            }

            @Override
            public void released() {
                events.add("released locked=" + locked());
            }
        });
    }

    @Test
    void aSingleWriteIsReleasedAfterItsLockAndBeforeItReturns() {
        writer.mutate(left, key("a"), current -> item("a"));
        events.add("returned");
        assertThat(events).containsExactly("committed 1 locked=true", "released locked=false", "returned");
    }

    @Test
    void aTransactionIsReleasedOnceAfterEveryLock() {
        writer.withLocks(List.of(left, right), () -> writer.commit(List.of(
                new ItemWriter.PlannedWrite(left, key("a"), left.get(key("a")), item("a")),
                new ItemWriter.PlannedWrite(right, key("b"), right.get(key("b")), item("b"))), null));
        assertThat(events).containsExactly("committed 2 locked=true", "released locked=false");
    }

    @Test
    void aWriteThatChangesNothingOrFailsTellsNoListenerOfACommit() {
        writer.mutate(left, key("a"), current -> current);
        assertThatThrownBy(() -> writer.mutate(left, key("a"), current -> {
            throw new IllegalStateException("condition failed");
        })).hasMessage("condition failed");
        assertThat(events).noneMatch(event -> event.startsWith("committed"));
    }

    private boolean locked() {
        return left.writeLock().isHeldByCurrentThread() || right.writeLock().isHeldByCurrentThread();
    }

    private static Table table(String name) {
        return new Table(new TableDefinition.Builder().name(name).tableId(name)
                .keySchema(new KeySchema(new KeyAttribute("pk", AttributeType.S), null))
                .attributeDefinitions(Map.of("pk", AttributeType.S)).build());
    }

    private static PrimaryKey key(String pk) {
        return new PrimaryKey(new StringValue(pk), null);
    }

    private static Item item(String pk) {
        return Item.of(Map.of("pk", new StringValue(pk)));
    }
}
