///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java
//SOURCES support/SampleUsers.java CreateTableDemo.java

import io.ddbworkbench.engine.fault.FaultKind;
import io.ddbworkbench.toolkit.DynamoDbToolkit;
import io.ddbworkbench.toolkit.batch.Backoff;
import io.ddbworkbench.toolkit.batch.BatchReadResult;
import io.ddbworkbench.toolkit.batch.BatchWriteResult;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.SampleUsers;
import support.Workbench;

/**
 * Batch writes with retries: the original guide's batch insert and batch delete, then 1,000 items written 25
 * per call while the embedded engine leaves some of every batch unprocessed on purpose, so the re-drive with
 * exponential backoff and jitter shows its work; finally a batch that never gets through, reported instead
 * of silently dropped.
 */
public class BatchWriteDemo {
    /** Quicker than the toolkit's standard backoff (50 ms base), so the demo does not keep you waiting. */
    private static final Backoff DEMO_BACKOFF = new Backoff(8, Duration.ofMillis(5), Duration.ofMillis(200),
            new Random(7), duration -> Thread.sleep(duration.toMillis()));

    public static void main(String[] args) {
        Demo.main("Batch writes with retries", BatchWriteDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        CreateTableDemo.createUsersTable(bench, say);
        batchInsertUsers(bench, say);
        batchDeleteUsers(bench, say);
        thousandItemsWithRetries(bench, say);
        leftoversAreReported(bench, say);
    }

    static void batchInsertUsers(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        List<Map<String, Object>> records = SampleUsers.records();
        say.step("Batch insert " + records.size() + " user records");
        say.why("BatchWriteItem sends up to 25 puts or deletes in one request: one round trip instead of 25, "
                + "for the same write capacity. Each item is written on its own, not as a transaction, and the "
                + "service may hand some back as UnprocessedItems; the toolkit sends those again.");
        say.request("BatchWriteItem " + users + ": " + records.size() + " PutRequests");
        BatchWriteResult result = bench.ddb().batchWriter().putAll(users, records);
        say.result(describe(result));
        records.forEach(record -> say.lines(List.of("- " + ItemText.plain(record))));
    }

    static void batchDeleteUsers(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        List<Map<String, Object>> keys = SampleUsers.batchDeleteKeys();
        say.step("Batch delete " + keys.size() + " user records by key");
        say.why("The same request carries deletes: only the full key of each item is needed. A batch cannot "
                + "be conditional; use single writes or a transaction for that.");
        say.request("BatchWriteItem " + users + ": DeleteRequests for " + keys.stream()
                .map(ItemText::plain).reduce((a, b) -> a + ", " + b).orElse(""));
        say.result(describe(bench.ddb().batchWriter().deleteAll(users, keys)));
        say.request("BatchGetItem " + users + " for the same keys");
        BatchReadResult check = bench.ddb().batchReader().getAll(users, keys, true);
        say.result(check.items().size() + " of them still exist");
    }

    static void thousandItemsWithRetries(Workbench bench, Narrator say) {
        String events = bench.table("Events");
        bench.ddb().tables().create(TableSpec.builder(events).partitionKey("EventID", ScalarAttributeType.S).build());
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(Map.of("EventID", String.format("evt-%04d", i), "Kind", i % 3 == 0 ? "click" : "view",
                    "Position", i));
        }
        say.step("Write 1,000 items while the service keeps leaving some unprocessed");
        say.why("Under load the service accepts part of a batch and returns the rest as UnprocessedItems (no "
                + "error!). Code that ignores them loses data. The toolkit sends them again after a random pause "
                + "that grows with each retry (exponential backoff with full jitter), so throttled clients do "
                + "not all come back at once.");
        boolean embedded = bench.engine().isPresent();
        if (embedded) {
            say.note("the embedded engine now leaves 30% of the items of every batch unprocessed, on purpose.");
        } else {
            say.note("on this backend items come back unprocessed only under real throttling; expect 40 calls.");
        }
        say.request("BatchWriteItem " + events + " x " + items.size() + " puts, 25 per call, re-drive up to "
                + DEMO_BACKOFF.maxAttempts() + " attempts");
        DynamoDbToolkit ddb = bench.ddb().withBatchBackoff(DEMO_BACKOFF);
        BatchWriteResult result = bench.withFaults(FaultKind.UNPROCESSED_BATCH_WRITE, 0.3, () -> {
            // tag::batch-write[]
            BatchWriteResult written = ddb.batchWriter().putAll(events, items);
            if (!written.complete()) {
                // Nothing is dropped silently: what is still refused is kept, to retry later or to log.
                written.unprocessed().forEach((table, writes) -> say.note(writes.size() + " writes to " + table
                        + " still unprocessed"));
            }
            // end::batch-write[]
            return written;
        });
        say.result(describe(result) + " (40 calls would do without retries)");

        List<Map<String, Object>> keys = new ArrayList<>();
        items.forEach(item -> keys.add(Map.of("EventID", item.get("EventID"))));
        say.request("BatchGetItem " + events + " x " + keys.size() + " keys, 100 per call, same re-drive");
        BatchReadResult read = bench.withFaults(FaultKind.UNPROCESSED_BATCH_GET, 0.3,
                () -> ddb.batchReader().getAll(events, keys, false));
        say.result("found " + read.items().size() + " of " + keys.size() + " items in " + read.calls()
                + " calls; " + read.unprocessedKeys().size() + " keys left unread");
    }

    static void leftoversAreReported(Workbench bench, Narrator say) {
        String events = bench.table("Events");
        say.step("A batch that never gets through is reported, not dropped");
        say.why("Retries are bounded: after the last attempt, whatever the service still refuses comes back "
                + "in the result, item by item, so the caller can log it, park it in a queue, or try later.");
        if (bench.engine().isEmpty()) {
            say.note("only the embedded engine can refuse every item on purpose; skipped on this backend.");
            return;
        }
        Backoff threeAttempts = new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(10), new Random(7),
                duration -> Thread.sleep(duration.toMillis()));
        List<Map<String, Object>> late = List.of(Map.of("EventID", "late-1"), Map.of("EventID", "late-2"));
        say.note("the embedded engine now refuses every item; the toolkit gives up after 3 attempts.");
        say.request("BatchWriteItem " + events + " x " + late.size() + " puts");
        BatchWriteResult result = bench.withFaults(FaultKind.UNPROCESSED_BATCH_WRITE, 1.0,
                () -> bench.ddb().withBatchBackoff(threeAttempts).batchWriter().putAll(events, late));
        say.result(describe(result));
    }

    private static String describe(BatchWriteResult result) {
        int left = result.requested() - result.written();
        return result.written() + " of " + result.requested() + " written in " + result.calls()
                + (result.calls() == 1 ? " call" : " calls") + (result.complete() ? "; nothing left over"
                : "; " + left + " still unprocessed, kept in the result");
    }
}
