package io.ddbworkbench.labs.ttl;

import static io.ddbworkbench.labs.ttl.SessionsTable.DEVICE;
import static io.ddbworkbench.labs.ttl.SessionsTable.EXPIRES_AT;
import static io.ddbworkbench.labs.ttl.SessionsTable.SESSION_ID;
import static io.ddbworkbench.labs.ttl.SessionsTable.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.labs.ttl.SessionEnd.Reason;
import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.TableNamespace;
import io.ddbworkbench.testkit.TestClock;
import io.ddbworkbench.toolkit.stream.StreamCursor;
import io.ddbworkbench.toolkit.stream.StreamReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Lab 06: the specification of {@link Sessions}, one step at a time. Each test uses its own user ids, so every
 * step passes or fails on its own.
 *
 * <p>Two clocks. Most tests hand the code an application clock that stands 30 days ahead of the table's
 * time: a session can then be expired for the application while no TTL process, the engine's or AWS's, can
 * have deleted it, which is the window the service leaves open for up to a few days. The tests that watch the
 * engine delete items take the engine's own {@link TestClock}, move it, and run a TTL pass; they need the
 * embedded engine and are skipped elsewhere.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 06: TTL")
class SessionsTest {
    /** "Now" for the application in most tests: a month ahead of the table's clock, to the second. */
    private static final Instant APP_NOW = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    /** How long the tests wait for stream records on AWS; the embedded engine has them at once. */
    private static final Duration STREAM_PATIENCE = Duration.ofSeconds(30);

    private final DynamoDbClient ddb;
    private final TableNamespace tables;
    private final String table;
    private final StreamReader streamReader;

    SessionsTest(DynamoDbClient ddb, DynamoDbStreamsClient streams, TableNamespace tables) {
        this.ddb = ddb;
        this.tables = tables;
        this.table = tables.table("Sessions");
        this.streamReader = new StreamReader(ddb, streams);
    }

    @BeforeAll
    void createTable() {
        SessionsTable.create(ddb, table);
        turnTimeToLiveOn(table);
    }

    // ---- Step 1: enable TTL -------------------------------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: turns TTL on for the attribute ExpiresAt")
    void turnsTimeToLiveOn() {
        String fresh = tables.table("SessionsStep1a");
        SessionsTable.create(ddb, fresh);
        RequestLog log = RequestLog.around(ddb);

        new Sessions(log.client(), fresh, appClock()).enableExpiry();

        TimeToLiveDescription ttl = ddb.describeTimeToLive(request -> request.tableName(fresh))
                .timeToLiveDescription();
        assertThat(ttl.timeToLiveStatus()).as("the table's TTL status after enableExpiry (DescribeTimeToLive)")
                .isIn(TimeToLiveStatus.ENABLING, TimeToLiveStatus.ENABLED);
        assertThat(ttl.attributeName()).as("the attribute TTL reads expiry times from: one per table, and it must "
                + "be the one the sessions carry").isEqualTo(EXPIRES_AT);
        assertThat(log.operations()).as("turning TTL on is an UpdateTimeToLive").contains("UpdateTimeToLive");
    }

    @Test
    @Order(12)
    @DisplayName("Step 1: leaves TTL that is on already as it is, without an error")
    void leavesTimeToLiveThatIsOnAlone() {
        String fresh = tables.table("SessionsStep1b");
        SessionsTable.create(ddb, fresh);
        turnTimeToLiveOn(fresh);
        RequestLog log = RequestLog.around(ddb);

        Throwable thrown = catchThrowable(() -> new Sessions(log.client(), fresh, appClock()).enableExpiry());

        assertThat(thrown).as("enableExpiry on a table whose TTL is on already should do nothing: the service "
                + "refuses a second UpdateTimeToLive with ValidationException \"TimeToLive is already enabled\", so "
                + "ask DescribeTimeToLive first").isNull();
        assertThat(log.operations()).as("the requests enableExpiry sent when TTL was already on")
                .contains("DescribeTimeToLive").doesNotContain("UpdateTimeToLive");
    }

    // ---- Step 2: expiring sessions ------------------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: stores a session whose ExpiresAt is now + lifetime, as a Number of epoch seconds")
    void startsASession() {
        Instant end = APP_NOW.plus(Duration.ofHours(2));

        Session session = sessions(appClock()).start("ada", "laptop", Duration.ofHours(2));

        assertThat(session.userId()).isEqualTo("ada");
        assertThat(session.device()).isEqualTo("laptop");
        assertThat(session.expiresAt()).as("the end of a two-hour session started at " + APP_NOW).isEqualTo(end);
        assertThat(session.sessionId()).as("the new session's id").isNotBlank();
        Map<String, AttributeValue> item = stored("ada", session.sessionId());
        assertThat(item).as("the item start wrote, found by UserId ada and the returned SessionId")
                .containsEntry(DEVICE, s("laptop"));
        assertThat(item.get(EXPIRES_AT)).as("ExpiresAt must be a Number (type N) of epoch seconds, "
                + end.getEpochSecond() + ": TTL ignores a String, and reads milliseconds as a date thousands of "
                + "years away, so such sessions never expire").isEqualTo(n(end.getEpochSecond()));
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: gives every login its own session item, even for the same user")
    void givesEveryLoginItsOwnSession() {
        Sessions sessions = sessions(appClock());

        Session laptop = sessions.start("bea", "laptop", Duration.ofHours(1));
        Session phone = sessions.start("bea", "phone", Duration.ofHours(1));

        assertThat(phone.sessionId()).as("the second login's session id; the same id as the first means the "
                + "second PutItem replaced the first session").isNotEqualTo(laptop.sessionId());
        assertThat(stored("bea", laptop.sessionId())).as("bea's laptop session").containsEntry(DEVICE, s("laptop"));
        assertThat(stored("bea", phone.sessionId())).as("bea's phone session").containsEntry(DEVICE, s("phone"));
    }

    @Test
    @Order(23)
    @DisplayName("Step 2: the engine's TTL process deletes a session once its end has passed, not before")
    void theTtlProcessDeletesTheSessionAfterItsEnd(TestClock clock, DynamoDbEngine engine) {
        Session session = new Sessions(ddb, table, clock).start("cat", "phone", Duration.ofMinutes(30));

        clock.advance(Duration.ofMinutes(29));
        engine.sweepExpiredItems();
        assertThat(stored("cat", session.sessionId())).as("a 30-minute session after 29 minutes and a TTL pass: "
                + "deleted already means ExpiresAt is earlier than now + lifetime").isNotEmpty();

        clock.advance(Duration.ofMinutes(2));
        engine.sweepExpiredItems();
        assertThat(stored("cat", session.sessionId())).as("a 30-minute session after 31 minutes and a TTL pass "
                + "should be gone; still there means TTL cannot read ExpiresAt (a String, or milliseconds)")
                .isEmpty();
    }

    // ---- Step 3: filter at read time ----------------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: finds a live session with one GetItem")
    void findsALiveSession() {
        Instant end = APP_NOW.plus(Duration.ofHours(1));
        givenSession("dan", "s-dan-1", "tablet", end);
        RequestLog log = RequestLog.around(ddb);

        Optional<Session> found = sessions(log, appClock()).find("dan", "s-dan-1");

        assertThat(found).as("dan's session, which ends in an hour").contains(new Session("dan", "s-dan-1", "tablet",
                end));
        assertThat(log.operations()).as("the whole key is known: one GetItem, no Query or Scan")
                .containsExactly("GetItem");
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: treats a session that has expired but is still stored as absent")
    void ignoresAnExpiredSessionThatIsStillStored() {
        givenSession("eli", "s-eli-1", "laptop", APP_NOW.minus(Duration.ofMinutes(10)));

        Optional<Session> found = sessions(appClock()).find("eli", "s-eli-1");

        assertThat(stored("eli", "s-eli-1")).as("the expired session is still in the table: TTL has not got to "
                + "it yet, as happens on AWS for hours or days").isNotEmpty();
        assertThat(found).as("find for a session that ended 10 minutes ago: compare ExpiresAt with the clock "
                + "and return empty, or a logged-out user stays logged in until TTL runs").isEmpty();
    }

    @Test
    @Order(33)
    @DisplayName("Step 3: returns empty for a session that does not exist")
    void findsNoSessionThatDoesNotExist() {
        Optional<Session> found = sessions(appClock()).find("nobody-3", "s-none");

        assertThat(found).as("find for a session with no item (GetItem's item() is empty)").isEmpty();
    }

    // ---- Step 4: filter a query ---------------------------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: lists a user's live sessions and none of the expired ones still stored")
    void listsOnlyLiveSessions() {
        givenSession("fay", "s-fay-1", "laptop", APP_NOW.plus(Duration.ofHours(8)));
        givenSession("fay", "s-fay-2", "phone", APP_NOW.plus(Duration.ofMinutes(5)));
        givenSession("fay", "s-fay-3", "tablet", APP_NOW.minus(Duration.ofMinutes(1)));
        givenSession("fay", "s-fay-4", "kiosk", APP_NOW.minus(Duration.ofDays(3)));
        givenSession("gil", "s-gil-1", "laptop", APP_NOW.plus(Duration.ofHours(8)));

        List<Session> active = sessions(appClock()).activeSessions("fay");

        assertThat(active).as("fay's live sessions: 1 and 2 end later; 3 and 4 ended but are still stored")
                .containsExactlyInAnyOrder(
                        new Session("fay", "s-fay-1", "laptop", APP_NOW.plus(Duration.ofHours(8))),
                        new Session("fay", "s-fay-2", "phone", APP_NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: drops the expired ones in DynamoDB: one Query with a FilterExpression on ExpiresAt")
    void filtersInDynamoDb() {
        givenSession("hal", "s-hal-1", "laptop", APP_NOW.plus(Duration.ofHours(1)));
        givenSession("hal", "s-hal-2", "phone", APP_NOW.minus(Duration.ofHours(1)));
        RequestLog log = RequestLog.around(ddb);

        List<Session> active = sessions(log, appClock()).activeSessions("hal");

        assertThat(active).extracting(Session::sessionId).containsExactly("s-hal-1");
        assertThat(log.operations()).as("one user's sessions are one item collection: a single Query (a Scan "
                + "reads every user's)").containsExactly("Query");
        QueryRequest query = log.requests(QueryRequest.class).get(0);
        assertThat(resolved(query.filterExpression(), query.expressionAttributeNames()))
                .as("the Query's FilterExpression, placeholders resolved: it should compare ExpiresAt with now, "
                        + "so expired sessions never cross the network")
                .contains(EXPIRES_AT);
    }

    // ---- Step 5: extend a live session --------------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: extends a live session to now + lifetime with one conditional UpdateItem")
    void extendsALiveSession() {
        givenSession("ida", "s-ida-1", "laptop", APP_NOW.plus(Duration.ofMinutes(5)));
        RequestLog log = RequestLog.around(ddb);

        boolean extended = sessions(log, appClock()).extend("ida", "s-ida-1", Duration.ofHours(1));

        assertThat(extended).as("extend on a session with 5 minutes left").isTrue();
        assertThat(stored("ida", "s-ida-1").get(EXPIRES_AT)).as("ExpiresAt after extending by an hour from now")
                .isEqualTo(n(APP_NOW.plus(Duration.ofHours(1)).getEpochSecond()));
        assertThat(log.operations()).as("one UpdateItem, no read first: the condition does the checking")
                .containsExactly("UpdateItem");
        assertThat(log.requests(UpdateItemRequest.class).get(0).conditionExpression())
                .as("the UpdateItem needs the condition ExpiresAt > :now").isNotBlank();
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: refuses to bring back a session that has expired but is still stored")
    void refusesToReviveAnExpiredSession() {
        Map<String, AttributeValue> expired = givenSession("jo", "s-jo-1", "phone",
                APP_NOW.minus(Duration.ofMinutes(1)));

        boolean extended = sessions(appClock()).extend("jo", "s-jo-1", Duration.ofHours(1));

        assertThat(extended).as("extend on a session that ended a minute ago (TTL has not deleted it yet)")
                .isFalse();
        assertThat(stored("jo", "s-jo-1")).as("the expired session after the refused extension: a new ExpiresAt "
                + "would log the user back in without a password").isEqualTo(expired);
    }

    @Test
    @Order(53)
    @DisplayName("Step 5: refuses to extend a session that does not exist, and creates none")
    void refusesToExtendAMissingSession() {
        boolean extended = sessions(appClock()).extend("nobody-5", "s-none", Duration.ofHours(1));

        assertThat(extended).as("extend on a session with no item").isFalse();
        assertThat(stored("nobody-5", "s-none")).as("UpdateItem creates the item when none exists; the condition "
                + "ExpiresAt > :now is false on a missing item and prevents it").isEmpty();
    }

    @Test
    @Order(54)
    @DisplayName("Step 5: an extended session outlives its first end; the TTL process deletes it after the new one")
    void theTtlProcessHonoursTheExtension(TestClock clock, DynamoDbEngine engine) {
        givenSession("kit", "s-kit-1", "laptop", clock.instant().plus(Duration.ofMinutes(10)));
        Sessions sessions = new Sessions(ddb, table, clock);

        clock.advance(Duration.ofMinutes(5));
        boolean extended = sessions.extend("kit", "s-kit-1", Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(10));
        engine.sweepExpiredItems();

        assertThat(extended).as("extend with 5 minutes left").isTrue();
        assertThat(stored("kit", "s-kit-1")).as("15 minutes in, after a TTL pass: the session was extended to "
                + "35 minutes, so it must still be there").isNotEmpty();

        clock.advance(Duration.ofMinutes(25));
        engine.sweepExpiredItems();
        assertThat(stored("kit", "s-kit-1")).as("40 minutes in, after a TTL pass: past the extended end").isEmpty();
    }

    // ---- Step 6: endings in the stream --------------------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: finds no ending in INSERT and MODIFY records")
    void insertsAndModificationsEndNothing() {
        StreamCursor cursor = streamReader.open(table, ShardIteratorType.LATEST);
        givenSession("lee", "s-lee-1", "laptop", APP_NOW.plus(Duration.ofMinutes(30)));
        givenSession("lee", "s-lee-1", "laptop", APP_NOW.plus(Duration.ofHours(1)));

        List<Record> records = recordsOf("lee", cursor, 2);

        assertThat(records).extracting(Record::eventName).containsExactly(OperationType.INSERT, OperationType.MODIFY);
        for (Record record : records) {
            assertThat(Sessions.endingOf(record)).as("endingOf a " + record.eventName() + " record: only REMOVE "
                    + "records end a session").isEmpty();
        }
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: reports a deletion by the application as LOGGED_OUT, with the user and session it ended")
    void reportsALogout() {
        StreamCursor cursor = streamReader.open(table, ShardIteratorType.LATEST);
        givenSession("max", "s-max-1", "phone", APP_NOW.plus(Duration.ofHours(1)));
        ddb.deleteItem(request -> request.tableName(table).key(key("max", "s-max-1")));

        Record removal = recordsOf("max", cursor, 2).get(1);

        assertThat(Sessions.endingOf(removal)).as("endingOf the REMOVE record of max's logout (no userIdentity: "
                + "an application deleted it)").contains(new SessionEnd("max", "s-max-1", Reason.LOGGED_OUT));
    }

    @Test
    @Order(63)
    @DisplayName("Step 6: reports a deletion by the TTL process as EXPIRED")
    void reportsAnExpiry(TestClock clock, DynamoDbEngine engine) {
        StreamCursor cursor = streamReader.open(table, ShardIteratorType.LATEST);
        givenSession("ned", "s-ned-1", "tablet", clock.instant().plus(Duration.ofMinutes(1)));
        givenSession("ned", "s-ned-2", "laptop", clock.instant().plus(Duration.ofHours(3)));
        ddb.deleteItem(request -> request.tableName(table).key(key("ned", "s-ned-2")));

        clock.advance(Duration.ofMinutes(2));
        engine.sweepExpiredItems();
        List<Optional<SessionEnd>> endings = recordsOf("ned", cursor, 4).stream().map(Sessions::endingOf).toList();

        assertThat(endings).as("what endingOf says about ned's records: two INSERTs, his logout from the laptop, "
                + "then the TTL process deleting the tablet session (userIdentity: type Service, principal "
                + "dynamodb.amazonaws.com)")
                .containsExactly(Optional.empty(), Optional.empty(),
                        Optional.of(new SessionEnd("ned", "s-ned-2", Reason.LOGGED_OUT)),
                        Optional.of(new SessionEnd("ned", "s-ned-1", Reason.EXPIRED)));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static Clock appClock() {
        return Clock.fixed(APP_NOW, ZoneOffset.UTC);
    }

    private Sessions sessions(Clock clock) {
        return new Sessions(ddb, table, clock);
    }

    private Sessions sessions(RequestLog log, Clock clock) {
        return new Sessions(log.client(), table, clock);
    }

    /** Turns TTL on directly (not through the code under test). */
    private void turnTimeToLiveOn(String tableName) {
        ddb.updateTimeToLive(request -> request.tableName(tableName)
                .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName(EXPIRES_AT)));
    }

    /** Writes a session directly (not through the code under test) and returns the item as stored. */
    private Map<String, AttributeValue> givenSession(String userId, String sessionId, String device, Instant end) {
        Map<String, AttributeValue> item = Map.of(USER_ID, s(userId), SESSION_ID, s(sessionId), DEVICE, s(device),
                EXPIRES_AT, n(end.getEpochSecond()));
        ddb.putItem(request -> request.tableName(table).item(item));
        return item;
    }

    /** The item as stored now (strongly consistent), empty when there is none. */
    private Map<String, AttributeValue> stored(String userId, String sessionId) {
        return ddb.getItem(request -> request.tableName(table).key(key(userId, sessionId)).consistentRead(true))
                .item();
    }

    /**
     * The next {@code count} stream records about one user's sessions, read from {@code cursor}. On AWS records
     * take a moment to appear, hence the patience; the embedded engine has them on the first poll.
     */
    private static List<Record> recordsOf(String userId, StreamCursor cursor, int count) {
        List<Record> records = cursor.pollUntil(count, STREAM_PATIENCE).stream()
                .filter(record -> s(userId).equals(record.dynamodb().keys().get(USER_ID)))
                .toList();
        assertThat(records).as("stream records of " + userId + "'s sessions").hasSize(count);
        return records;
    }

    /** An expression with its {@code #name} placeholders replaced by the attribute names they stand for. */
    private static String resolved(String expression, Map<String, String> names) {
        String text = expression == null ? "" : expression;
        for (Map.Entry<String, String> name : names.entrySet()) {
            text = text.replace(name.getKey(), name.getValue());
        }
        return text;
    }

    private static Map<String, AttributeValue> key(String userId, String sessionId) {
        return Map.of(USER_ID, s(userId), SESSION_ID, s(sessionId));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
