package io.ddbworkbench.labs.ttl;

import io.ddbworkbench.labkit.NotDoneYet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Login sessions that end by themselves: each session item carries its end in {@code ExpiresAt} and the
 * table's TTL process deletes it some time after that moment, at no write cost. Each method is one step of
 * the lab (README.adoc): replace its {@code throw new NotDoneYet(...)} with DynamoDB calls through {@link #ddb}.
 * Attribute names are the constants of {@link SessionsTable}.
 *
 * <p>The rule of the lab: TTL deletes late, not on time. On AWS an expired item can stay readable for days,
 * so every read decides for itself whether a session is still live, by comparing {@code ExpiresAt} with
 * {@link #clock}'s now.
 */
public final class Sessions {
    private final DynamoDbClient ddb;
    private final String tableName;
    /** The only source of "now": sessions start, expire and are extended by this clock. */
    private final Clock clock;

    public Sessions(DynamoDbClient ddb, String tableName, Clock clock) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.clock = clock;
    }

    /**
     * Step 1: turns TTL on for the table, on the attribute {@code ExpiresAt}, and is safe to call again.
     *
     * <p>Ask first with {@code DescribeTimeToLive}: when its {@code TimeToLiveStatus} is {@code ENABLED} or
     * {@code ENABLING}, there is nothing to do. Otherwise send {@code UpdateTimeToLive} with a
     * {@code TimeToLiveSpecification} of {@code enabled = true} and {@code attributeName = ExpiresAt}. The
     * service refuses to enable TTL that is already on (a {@code ValidationException}), so a plain
     * {@code UpdateTimeToLive} on every start of the application would fail from the second start on.
     */
    public void enableExpiry() {
        throw new NotDoneYet("Step 1: turn TTL on for ExpiresAt, unless it is on already (DescribeTimeToLive, "
                + "UpdateTimeToLive)");
    }

    /**
     * Step 2: starts a session for a user that ends {@code lifetime} from now, and returns it.
     *
     * <p>Give it a fresh random id ({@code UUID.randomUUID()}), and write the item {@code UserId, SessionId,
     * Device, ExpiresAt} with one {@code PutItem}. {@code ExpiresAt} is the end as a Number of epoch
     * <em>seconds</em> ({@code clock.instant().plus(lifetime).getEpochSecond()}): TTL ignores milliseconds
     * (they look like a date thousands of years away) and ignores strings altogether.
     */
    public Session start(String userId, String device, Duration lifetime) {
        throw new NotDoneYet("Step 2: write a session whose ExpiresAt is a Number of epoch seconds (PutItem)");
    }

    /**
     * Step 3: the session, if it exists and has not expired.
     *
     * <p>One strongly consistent {@code GetItem} by {@code UserId} and {@code SessionId}. The item may still be
     * there after its {@code ExpiresAt} (TTL deletes late), so return it only while
     * {@code clock.instant()} is before its end.
     *
     * @return the live session, or empty when there is none or it has expired
     */
    public Optional<Session> find(String userId, String sessionId) {
        throw new NotDoneYet("Step 3: read a session and treat an expired one as absent (GetItem + check)");
    }

    /**
     * Step 4: the user's live sessions, for a "where you are logged in" page.
     *
     * <p>A {@code Query} on {@code UserId = :user} with the {@code FilterExpression ExpiresAt > :now}
     * ({@code :now} in epoch seconds), so expired sessions never reach the application. Read every page
     * ({@code ddb.queryPaginator(...)} does that for you).
     *
     * @return the live sessions, in any order; empty when there are none
     */
    public List<Session> activeSessions(String userId) {
        throw new NotDoneYet("Step 4: list the user's live sessions (Query + FilterExpression ExpiresAt > :now)");
    }

    /**
     * Step 5: keeps a live session alive for {@code lifetime} from now (the user is still active).
     *
     * <p>One {@code UpdateItem}: {@code SET ExpiresAt = :newEnd} on the condition {@code ExpiresAt > :now}.
     * The condition refuses a session that has expired but is still stored (it must not come back to life),
     * and also a session that does not exist (a missing attribute compares false), which {@code UpdateItem}
     * would otherwise create. Catch {@code ConditionalCheckFailedException} and return false.
     *
     * @return true if the session was extended; false if it had expired or never existed
     */
    public boolean extend(String userId, String sessionId, Duration lifetime) {
        throw new NotDoneYet("Step 5: extend a live session, never an expired one (UpdateItem + condition)");
    }

    /**
     * Step 6: what a stream record says about a session ending, if anything.
     *
     * <p>Only {@code REMOVE} records end a session ({@code record.eventName()}); their
     * {@code dynamodb().oldImage()} holds the item as it was. A deletion by the TTL process carries a
     * {@code userIdentity} whose {@code type} is {@code "Service"} and {@code principalId} is
     * {@code "dynamodb.amazonaws.com"}: that is {@link SessionEnd.Reason#EXPIRED}. Any other REMOVE (no
     * {@code userIdentity}) is {@link SessionEnd.Reason#LOGGED_OUT}.
     *
     * @return the ending, or empty for INSERT and MODIFY records
     */
    public static Optional<SessionEnd> endingOf(Record record) {
        throw new NotDoneYet("Step 6: tell a TTL deletion from a logout in a stream record (userIdentity)");
    }
}
