package io.ddbworkbench.labs.indexes;

import static io.ddbworkbench.labs.indexes.BookClubTable.BOOK;
import static io.ddbworkbench.labs.indexes.BookClubTable.EMAIL;
import static io.ddbworkbench.labs.indexes.BookClubTable.EMAIL_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.NAME;
import static io.ddbworkbench.labs.indexes.BookClubTable.PREMIUM_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.PREMIUM_SINCE;
import static io.ddbworkbench.labs.indexes.BookClubTable.PROFILE;
import static io.ddbworkbench.labs.indexes.BookClubTable.RATING;
import static io.ddbworkbench.labs.indexes.BookClubTable.RATING_INDEX;
import static io.ddbworkbench.labs.indexes.BookClubTable.SK;
import static io.ddbworkbench.labs.indexes.BookClubTable.USER_ID;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Reference solution of lab 02: each question the primary key cannot answer gets an index keyed for it, with
 * the smallest projection that still answers it, and the code never trusts a global index for more than a
 * pointer to the item it must then read from the table.
 */
public final class BookClub {
    /** How long to wait between two looks at a backfilling index: the service takes minutes, not seconds. */
    private static final Duration INDEX_POLL_INTERVAL = Duration.ofSeconds(5);

    private final DynamoDbClient ddb;
    private final String tableName;

    public BookClub(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /**
     * Step 1: the LSI exists only if created with the table; the sparse GSI could come later, but the
     * newsletter is a day-one feature. Both project just what their one query returns.
     */
    public void createTable() {
        ddb.createTable(request -> request.tableName(tableName)
                .attributeDefinitions(definition(USER_ID, ScalarAttributeType.S), definition(SK, ScalarAttributeType.S),
                        definition(RATING, ScalarAttributeType.N), definition(PREMIUM_SINCE, ScalarAttributeType.S))
                .keySchema(key(USER_ID, KeyType.HASH), key(SK, KeyType.RANGE))
                .localSecondaryIndexes(index -> index.indexName(RATING_INDEX)
                        .keySchema(key(USER_ID, KeyType.HASH), key(RATING, KeyType.RANGE))
                        .projection(include(BOOK)))
                .globalSecondaryIndexes(index -> index.indexName(PREMIUM_INDEX)
                        .keySchema(key(PREMIUM_SINCE, KeyType.HASH))
                        .projection(include(NAME, EMAIL)))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.waiter().waitUntilTableExists(request -> request.tableName(tableName));
    }

    /** Step 2: a new access pattern on a live table; the index is usable only once its backfill is over. */
    public void addEmailIndex() {
        ddb.updateTable(request -> request.tableName(tableName)
                .attributeDefinitions(definition(EMAIL, ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(update -> update.create(index -> index.indexName(EMAIL_INDEX)
                        .keySchema(key(EMAIL, KeyType.HASH))
                        .projection(projection -> projection.projectionType(ProjectionType.KEYS_ONLY)))));
        while (emailIndexStatus() != IndexStatus.ACTIVE) {
            pause(INDEX_POLL_INTERVAL);
        }
    }

    private IndexStatus emailIndexStatus() {
        return ddb.describeTable(request -> request.tableName(tableName)).table().globalSecondaryIndexes().stream()
                .filter(index -> index.indexName().equals(EMAIL_INDEX))
                .map(GlobalSecondaryIndexDescription::indexStatus)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(EMAIL_INDEX + " vanished from " + tableName));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + EMAIL_INDEX, e);
        }
    }

    /**
     * Steps 3 and 4: the index only points at the member; the table, read strongly consistent, is the truth,
     * so a pointer the index has not yet caught up on is dropped rather than believed.
     */
    public Optional<Member> findByEmail(String email) {
        List<Map<String, AttributeValue>> pointers = ddb.query(request -> request.tableName(tableName)
                .indexName(EMAIL_INDEX)
                .keyConditionExpression("#email = :email")
                .expressionAttributeNames(Map.of("#email", EMAIL))
                .expressionAttributeValues(Map.of(":email", s(email)))).items();
        for (Map<String, AttributeValue> pointer : pointers) {
            Map<String, AttributeValue> profile = ddb.getItem(request -> request.tableName(tableName)
                    .key(profileKey(pointer.get(USER_ID).s()))
                    .consistentRead(true)).item();
            if (!profile.isEmpty() && email.equals(profile.get(EMAIL).s())) {
                return Optional.of(BookClubItems.member(profile));
            }
        }
        return Optional.empty();
    }

    /** Step 5: the LSI holds Book and Rating, so the answer never touches the table. */
    public List<BookRating> topRated(String userId, int count) {
        return ddb.query(bestRatedFirst(userId).limit(count).consistentRead(true).build())
                .items().stream().map(BookClubItems::bookRating).toList();
    }

    /** Step 6: one request, at the price of one fetch from the table for the attributes the LSI lacks. */
    public Optional<Review> bestReview(String userId) {
        return ddb.query(bestRatedFirst(userId).limit(1).select(Select.ALL_ATTRIBUTES).build())
                .items().stream().findFirst().map(BookClubItems::review);
    }

    /** A member's entries in ByRating, highest rating first. */
    private QueryRequest.Builder bestRatedFirst(String userId) {
        return QueryRequest.builder().tableName(tableName)
                .indexName(RATING_INDEX)
                .keyConditionExpression("#id = :id")
                .expressionAttributeNames(Map.of("#id", USER_ID))
                .expressionAttributeValues(Map.of(":id", s(userId)))
                .scanIndexForward(false);
    }

    /** Step 7: the sparse index holds premium members only, with what the newsletter needs. */
    public List<Member> premiumMembers() {
        return ddb.scanPaginator(request -> request.tableName(tableName).indexName(PREMIUM_INDEX))
                .items().stream().map(BookClubItems::member).toList();
    }

    /** Step 7: having the index's key attribute is what puts an item into a sparse index. */
    public boolean makePremium(String userId, LocalDate since) {
        return updateProfile(userId, "SET #since = :since", Map.of(":since", s(since.toString())));
    }

    /** Step 7: removing the attribute takes the item out of the index; nothing else is written there. */
    public boolean endPremium(String userId) {
        return updateProfile(userId, "REMOVE #since", null);
    }

    /** UpdateItem creates missing items, even to remove an attribute: the condition keeps it to members. */
    private boolean updateProfile(String userId, String updateExpression, Map<String, AttributeValue> values) {
        try {
            ddb.updateItem(request -> request.tableName(tableName)
                    .key(profileKey(userId))
                    .updateExpression(updateExpression)
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(Map.of("#since", PREMIUM_SINCE, "#id", USER_ID))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException noSuchMember) {
            return false;
        }
    }

    private static Map<String, AttributeValue> profileKey(String userId) {
        return Map.of(USER_ID, s(userId), SK, s(PROFILE));
    }

    private static AttributeDefinition definition(String attribute, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(attribute).attributeType(type).build();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }

    private static Projection include(String... attributes) {
        return Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes(attributes).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
