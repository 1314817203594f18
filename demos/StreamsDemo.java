///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java

import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.stream.StreamCursor;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.Workbench;

/**
 * DynamoDB Streams: a table with a NEW_AND_OLD_IMAGES stream, then an insert, an update, an update that
 * changes nothing and a delete, read back as INSERT, MODIFY and REMOVE records with their before and after
 * images; and a consumer that polls again and sees only what is new.
 */
public class StreamsDemo {

    public static void main(String[] args) {
        Demo.main("Streams: every change to a table, in order", StreamsDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        StreamCursor cursor = createTableWithStream(bench, say);
        changeItems(bench, say);
        readChanges(say, cursor);
        pollAgain(bench, say, cursor);
    }

    static StreamCursor createTableWithStream(Workbench bench, Narrator say) {
        String profiles = bench.table("Profiles");
        say.step("Create a table with a stream, and open a cursor at its start");
        say.why("A stream keeps every change to the table's items for 24 hours, in order per item. The view "
                + "type decides what a record carries: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES. "
                + "Lambda triggers, replication and audit logs all read streams.");
        say.request("CreateTable " + profiles + " UserID (S), StreamSpecification NEW_AND_OLD_IMAGES");
        bench.ddb().tables().create(TableSpec.builder(profiles).partitionKey("UserID", ScalarAttributeType.S)
                .stream(StreamViewType.NEW_AND_OLD_IMAGES).build());
        // tag::open-stream[]
        StreamCursor cursor = bench.ddb().streams().open(profiles, ShardIteratorType.TRIM_HORIZON);
        // end::open-stream[]
        say.result("stream " + cursor.streamArn());
        return cursor;
    }

    static void changeItems(Workbench bench, Narrator say) {
        String profiles = bench.table("Profiles");
        Map<String, Object> key = Map.of("UserID", "user123");
        say.step("Insert, update, update without a change, delete");
        say.why("Each write that changes an item adds one record; a write that leaves the item as it was adds "
                + "none.");
        say.request("PutItem " + profiles + " {Name: \"John Doe\", Plan: \"free\", UserID: \"user123\"}",
                "UpdateItem " + profiles + " SET Plan = \"pro\"",
                "UpdateItem " + profiles + " SET Plan = \"pro\"  (again: nothing changes)",
                "DeleteItem " + profiles + " {UserID: \"user123\"}");
        bench.ddb().items().put(profiles, Map.of("UserID", "user123", "Name", "John Doe", "Plan", "free"));
        Expression upgrade = Expression.of("SET #plan = :plan", Map.of("#plan", "Plan"), Map.of(":plan", "pro"));
        bench.ddb().items().update(profiles, key, upgrade);
        bench.ddb().items().update(profiles, key, upgrade);
        bench.ddb().items().delete(profiles, key);
        say.result("4 writes sent");
    }

    static void readChanges(Narrator say, StreamCursor cursor) {
        say.step("Read the stream");
        say.why("GetRecords returns records oldest first from a shard iterator; the toolkit's cursor follows "
                + "every shard of the stream. INSERT has only a new image, REMOVE only an old one, MODIFY both.");
        say.request("DescribeStream, GetShardIterator TRIM_HORIZON, GetRecords");
        // tag::read-stream[]
        List<Record> records = cursor.poll();
        // end::read-stream[]
        say.result(records.size() + " records");
        say.lines(records.stream().map(StreamsDemo::describe).collect(Collectors.toList()));
    }

    static void pollAgain(Workbench bench, Narrator say, StreamCursor cursor) {
        String profiles = bench.table("Profiles");
        say.step("Poll again: only what is new");
        say.why("A consumer remembers where it stopped (the shard iterator, or a sequence number as a "
                + "checkpoint) and the next poll starts there, so each change is handled once.");
        say.request("GetRecords from the cursor's position");
        say.result(cursor.poll().size() + " new records");
        bench.ddb().items().put(profiles, Map.of("UserID", "user1", "Name", "Alice", "Plan", "free"));
        say.request("PutItem " + profiles + " {Name: \"Alice\", Plan: \"free\", UserID: \"user1\"}, then GetRecords");
        List<Record> fresh = cursor.poll();
        say.result(fresh.size() + " new record");
        say.lines(fresh.stream().map(StreamsDemo::describe).collect(Collectors.toList()));
    }

    private static String describe(Record record) {
        Map<String, AttributeValue> before = record.dynamodb().oldImage();
        Map<String, AttributeValue> after = record.dynamodb().newImage();
        return String.format("%-6s %s  old: %s  new: %s", record.eventName(), ItemText.of(record.dynamodb().keys()),
                before == null || before.isEmpty() ? "-" : ItemText.of(before),
                after == null || after.isEmpty() ? "-" : ItemText.of(after));
    }
}
