package io.ddbworkbench.labs.ttl;

import static io.ddbworkbench.labs.ttl.SessionsTable.DEVICE;
import static io.ddbworkbench.labs.ttl.SessionsTable.EXPIRES_AT;
import static io.ddbworkbench.labs.ttl.SessionsTable.SESSION_ID;
import static io.ddbworkbench.labs.ttl.SessionsTable.USER_ID;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Reference solution of lab 06: TTL deletes expired sessions for free but late, so every read compares
 * {@code ExpiresAt} with the clock itself, and every write that moves the end checks, in its condition, that
 * the session is still live.
 */
public final class Sessions {
    /** How a TTL deletion signs its stream record. */
    private static final String SERVICE = "Service";
    private static final String TTL_PRINCIPAL = "dynamodb.amazonaws.com";

    private static final Map<String, String> EXPIRY_NAME = Map.of("#expires", EXPIRES_AT);

    private final DynamoDbClient ddb;
    private final String tableName;
    private final Clock clock;

    public Sessions(DynamoDbClient ddb, String tableName, Clock clock) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.clock = clock;
    }

    /** Step 1: UpdateTimeToLive is not idempotent, so it is sent only when TTL is not on or on its way. */
    public void enableExpiry() {
        TimeToLiveStatus status = ddb.describeTimeToLive(request -> request.tableName(tableName))
                .timeToLiveDescription().timeToLiveStatus();
        if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
            return;
        }
        ddb.updateTimeToLive(request -> request.tableName(tableName)
                .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName(EXPIRES_AT)));
    }

    /** Step 2: the end is stored as epoch seconds in a Number, the only form TTL reads. */
    public Session start(String userId, String device, Duration lifetime) {
        Session session = new Session(userId, UUID.randomUUID().toString(), device, endAfter(lifetime));
        ddb.putItem(request -> request.tableName(tableName).item(Map.of(
                USER_ID, s(userId),
                SESSION_ID, s(session.sessionId()),
                DEVICE, s(device),
                EXPIRES_AT, epochSeconds(session.expiresAt()))));
        return session;
    }

    /** Step 3: consistent, so a session is found on the request right after login; expiry decided here. */
    public Optional<Session> find(String userId, String sessionId) {
        Map<String, AttributeValue> item = ddb.getItem(request -> request.tableName(tableName)
                .key(Map.of(USER_ID, s(userId), SESSION_ID, s(sessionId)))
                .consistentRead(true)).item();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Session session = session(item);
        return clock.instant().isBefore(session.expiresAt()) ? Optional.of(session) : Optional.empty();
    }

    /**
     * Step 4: the filter runs in DynamoDB. Expired items are still read, and paid for, until TTL deletes
     * them; the filter only keeps them off the network.
     */
    public List<Session> activeSessions(String userId) {
        return ddb.queryPaginator(request -> request.tableName(tableName)
                        .keyConditionExpression("#user = :user")
                        .filterExpression("#expires > :now")
                        .expressionAttributeNames(Map.of("#user", USER_ID, "#expires", EXPIRES_AT))
                        .expressionAttributeValues(Map.of(":user", s(userId), ":now", epochSeconds(clock.instant())))
                        .consistentRead(true))
                .items().stream()
                .map(Sessions::session)
                .toList();
    }

    /** Step 5: "still live" is the condition of the write itself, so an expired session stays ended. */
    public boolean extend(String userId, String sessionId, Duration lifetime) {
        try {
            ddb.updateItem(request -> request.tableName(tableName)
                    .key(Map.of(USER_ID, s(userId), SESSION_ID, s(sessionId)))
                    .updateExpression("SET #expires = :end")
                    .conditionExpression("#expires > :now")
                    .expressionAttributeNames(EXPIRY_NAME)
                    .expressionAttributeValues(Map.of(":end", epochSeconds(endAfter(lifetime)),
                            ":now", epochSeconds(clock.instant()))));
            return true;
        } catch (ConditionalCheckFailedException endedOrMissing) {
            return false;
        }
    }

    /** Step 6: the TTL process signs its deletions; everyone else's carry no user identity. */
    public static Optional<SessionEnd> endingOf(Record record) {
        if (record.eventName() != OperationType.REMOVE) {
            return Optional.empty();
        }
        Map<String, AttributeValue> old = record.dynamodb().oldImage();
        return Optional.of(new SessionEnd(old.get(USER_ID).s(), old.get(SESSION_ID).s(),
                byTimeToLive(record.userIdentity()) ? SessionEnd.Reason.EXPIRED : SessionEnd.Reason.LOGGED_OUT));
    }

    private static boolean byTimeToLive(Identity identity) {
        return identity != null && SERVICE.equals(identity.type()) && TTL_PRINCIPAL.equals(identity.principalId());
    }

    /** Whole seconds, as TTL and ExpiresAt count them. */
    private Instant endAfter(Duration lifetime) {
        return Instant.ofEpochSecond(clock.instant().plus(lifetime).getEpochSecond());
    }

    private static Session session(Map<String, AttributeValue> item) {
        return new Session(item.get(USER_ID).s(), item.get(SESSION_ID).s(), item.get(DEVICE).s(),
                Instant.ofEpochSecond(Long.parseLong(item.get(EXPIRES_AT).n())));
    }

    private static AttributeValue epochSeconds(Instant instant) {
        return AttributeValue.fromN(Long.toString(instant.getEpochSecond()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
