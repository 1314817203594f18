///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java

import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.query.ScanSpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.Workbench;

/**
 * Time to live, with sessions: enable TTL, write sessions that expire in an hour (and one already expired),
 * see that expired items stay readable until the TTL process deletes them and how to filter them out, let
 * time pass (the embedded engine's clock moves two hours in an instant), read the service's REMOVE records in
 * the stream, and keep logs for 90 days.
 */
public class TtlDemo {
    private static final String SESSION = "sess123";
    private static final String STALE_SESSION = "sess-old";

    public static void main(String[] args) {
        Demo.main("Time to live: sessions that expire by themselves", TtlDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        enableTtl(bench, say);
        writeSessions(bench, say);
        expiredItemsUntilDeleted(bench, say);
        timePasses(bench, say);
        deletionsInTheStream(bench, say);
        archiveLogs(bench, say);
    }

    static void enableTtl(Workbench bench, Narrator say) {
        String sessions = bench.table("Sessions");
        bench.ddb().tables().create(TableSpec.builder(sessions).partitionKey("SessionID", ScalarAttributeType.S)
                .stream(StreamViewType.NEW_AND_OLD_IMAGES).build());
        say.step("Enable TTL on the Sessions table");
        say.why("TTL names one attribute holding an expiry time in epoch seconds. A background process deletes "
                + "items whose time has passed, at no cost in write capacity. It is set per table, after creation; "
                + "enabling it twice is refused, and after a change the setting stays fixed for about an hour.");
        say.request("UpdateTimeToLive " + sessions + " AttributeName=ExpirationTime, Enabled=true");
        // tag::enable-ttl[]
        bench.ddb().tables().enableTimeToLive(sessions, "ExpirationTime");
        // end::enable-ttl[]
        say.request("DescribeTimeToLive " + sessions);
        say.result("TimeToLiveStatus " + bench.ddb().tables().describeTimeToLive(sessions).timeToLiveStatus());
        say.request("UpdateTimeToLive " + sessions + " again");
        say.failureOf(() -> bench.ddb().tables().enableTimeToLive(sessions, "ExpirationTime"));
    }

    static void writeSessions(Workbench bench, Narrator say) {
        String sessions = bench.table("Sessions");
        long now = bench.clock().instant().getEpochSecond();
        say.step("Write a session that expires in one hour, and one that expired a minute ago");
        say.why("The expiry is an epoch-seconds Number: now + 3600 is one hour from now. Any other type (a "
                + "string date, say) is ignored by TTL, silently: the item then never expires.");
        // tag::write-with-ttl[]
        Map<String, Object> session = Map.of("SessionID", SESSION, "UserID", "user123", "Data", "session data",
                "ExpirationTime", now + 3600);
        bench.ddb().items().put(sessions, session);
        // end::write-with-ttl[]
        Map<String, Object> stale = Map.of("SessionID", STALE_SESSION, "UserID", "user123", "Data", "old",
                "ExpirationTime", now - 60);
        bench.ddb().items().put(sessions, stale);
        say.request("PutItem " + sessions + " " + ItemText.plain(session) + "  (expires "
                + Instant.ofEpochSecond(now + 3600) + ")");
        say.request("PutItem " + sessions + " " + ItemText.plain(stale) + "  (expired "
                + Instant.ofEpochSecond(now - 60) + ")");
        say.result("written");
    }

    static void expiredItemsUntilDeleted(Workbench bench, Narrator say) {
        String sessions = bench.table("Sessions");
        long now = bench.clock().instant().getEpochSecond();
        say.step("Read sessions: the expired one is still there");
        say.why("Deletion happens in the background, typically within a few days on AWS: until then an expired "
                + "item is returned like any other. Reads that must not see expired items filter on the expiry.");
        say.request("GetItem " + sessions + " {SessionID: \"" + STALE_SESSION + "\"}");
        say.result(bench.ddb().items().get(sessions, Map.of("SessionID", STALE_SESSION))
                .map(ItemText::of).orElse("no item"));
        say.request("Scan " + sessions + " FilterExpression: ExpirationTime > :now  (:now = " + now + ")");
        // tag::filter-expired[]
        List<Map<String, AttributeValue>> live = bench.ddb().reads()
                .scan(ScanSpec.of(sessions).filter(Condition.attribute("ExpirationTime").gt(now)))
                .collect(Collectors.toList());
        // end::filter-expired[]
        say.items(live);
    }

    static void timePasses(Workbench bench, Narrator say) {
        String sessions = bench.table("Sessions");
        say.step("Two hours later");
        if (bench.movableClock().isEmpty()) {
            say.why("On this backend time runs at its own pace: the TTL process will delete both sessions, "
                    + "but only after they expire and within a few days. Run this demo embedded to see it now.");
            return;
        }
        say.why("The embedded engine's clock moves two hours forward in an instant, and its TTL process runs: "
                + "both sessions are past their expiry now, so both are deleted, from the table and its indexes.");
        Instant later = bench.movableClock().get().advance(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        int deleted = bench.expireDueItems();
        say.result("clock now " + later + "; the TTL process deleted " + deleted + " items");
        say.request("Scan " + sessions);
        say.items(bench.ddb().reads().scan(ScanSpec.of(sessions)).collect(Collectors.toList()));
    }

    static void deletionsInTheStream(Workbench bench, Narrator say) {
        String sessions = bench.table("Sessions");
        say.step("What the stream recorded");
        say.why("Every change is in the table's stream, TTL deletions included: they are REMOVE records whose "
                + "userIdentity names the service (dynamodb.amazonaws.com), so a consumer can tell an expiry "
                + "from a user's delete, e.g. to archive expired items elsewhere.");
        say.request("DynamoDB Streams: every record of the " + sessions + " stream, from TRIM_HORIZON");
        List<Record> records = bench.ddb().streams().readAll(sessions);
        say.result(records.size() + " records");
        say.lines(records.stream().map(record -> record.eventName() + " " + ItemText.of(record.dynamodb().keys())
                + (record.userIdentity() == null ? "" : " by " + record.userIdentity().type() + " "
                + record.userIdentity().principalId())).collect(Collectors.toList()));
    }

    static void archiveLogs(Workbench bench, Narrator say) {
        String logs = bench.table("Logs");
        bench.ddb().tables().create(TableSpec.builder(logs).partitionKey("LogID", ScalarAttributeType.S)
                .timeToLive("ExpirationTime").build());
        long now = bench.clock().instant().getEpochSecond();
        say.step("Keep logs for 90 days, then let TTL remove them");
        say.why("Data that loses its value with age costs storage every month. Writing an expiry 90 days ahead "
                + "on every log item keeps the table at 90 days of data, with no cleanup job and no write "
                + "capacity spent on deletes; a stream consumer can copy expiring items to cheaper storage.");
        // tag::archive-with-ttl[]
        long ninetyDays = Duration.ofDays(90).toSeconds();
        Map<String, Object> log = Map.of("LogID", "log123", "Message", "Some log data",
                "ExpirationTime", now + ninetyDays);
        bench.ddb().items().put(logs, log);
        // end::archive-with-ttl[]
        say.request("PutItem " + logs + " " + ItemText.plain(log));
        say.result("written; expires " + Instant.ofEpochSecond(now + ninetyDays));
    }
}
