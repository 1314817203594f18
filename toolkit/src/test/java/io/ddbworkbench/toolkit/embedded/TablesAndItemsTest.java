package io.ddbworkbench.toolkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.toolkit.error.DynamoDbFailure;
import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.item.Values;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class TablesAndItemsTest extends EmbeddedToolkit {
    private static final Map<String, Object> USER_KEY = Map.of("UserID", "user123", "Timestamp", "2024-12-20T10:00:00Z");

    @Test
    void createsTheUsersTableWithBothIndexesAndWaitsForActive() {
        var table = toolkit.tables().create(usersTable());

        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.globalSecondaryIndexes()).singleElement()
                .satisfies(index -> assertThat(index.indexName()).isEqualTo("EmailIndex"));
        assertThat(table.localSecondaryIndexes()).singleElement()
                .satisfies(index -> assertThat(index.indexName()).isEqualTo("UserRatingIndex"));
        assertThat(table.latestStreamArn()).isNotNull();
    }

    @Test
    void createIfMissingIsIdempotent() {
        var first = toolkit.tables().createIfMissing(keyedById("Sessions"));
        var second = toolkit.tables().createIfMissing(keyedById("Sessions"));

        assertThat(second.tableArn()).isEqualTo(first.tableArn());
        assertThat(second.creationDateTime()).isEqualTo(first.creationDateTime());
    }

    @Test
    void putAndGetWithPlainValuesProjectionAndConsistentRead() {
        toolkit.tables().create(usersTable());
        toolkit.items().put("Users", Map.of("UserID", "user123", "Timestamp", "2024-12-20T10:00:00Z",
                "Email", "john@example.com", "Name", "John Doe", "Age", 30));

        Map<String, AttributeValue> projected = toolkit.items().get("Users", USER_KEY, true, "Name", "Email").orElseThrow();

        assertThat(Values.plain(projected)).isEqualTo(Map.of("Name", "John Doe", "Email", "john@example.com"));
        assertThat(toolkit.items().get("Users", Map.of("UserID", "nobody", "Timestamp", "x"))).isEmpty();
    }

    @Test
    void conditionalPutRefusesToOverwriteWithTheHint() {
        toolkit.tables().create(keyedById("Users2"));
        toolkit.items().put("Users2", Map.of("id", "u1"), Condition.attribute("id").notExists());

        assertThatThrownBy(() -> toolkit.items().put("Users2", Map.of("id", "u1"), Condition.attribute("id").notExists()))
                .isInstanceOf(DynamoDbFailure.class)
                .hasCauseInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageStartingWith("ConditionalCheckFailedException: The conditional request failed | Hint:");
    }

    @Test
    void updateWithConditionAndReturnValues() {
        toolkit.tables().create(usersTable());
        toolkit.items().put("Users", Map.of("UserID", "user123", "Timestamp", "2024-12-20T10:00:00Z",
                "Balance", 100, "Version", 5));

        Map<String, AttributeValue> updated = toolkit.items().update("Users", USER_KEY,
                Expression.of("SET Balance = Balance + :amount, Version = Version + :inc", Map.of(":amount", 100, ":inc", 1)),
                Expression.of("Version = :expected", Map.of(":expected", 5)),
                ReturnValue.ALL_NEW);

        assertThat(Values.plain(updated)).containsEntry("Balance", new BigDecimal("200"))
                .containsEntry("Version", new BigDecimal("6"));
        assertThatThrownBy(() -> toolkit.items().update("Users", USER_KEY, Expression.of("SET Balance = :zero",
                Map.of(":zero", 0)), Expression.of("Version = :expected", Map.of(":expected", 5)), ReturnValue.NONE))
                .hasCauseInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void deleteReturnsTheOldItemAndHonoursItsCondition() {
        toolkit.tables().create(keyedById("Carts"));
        toolkit.items().put("Carts", Map.of("id", "c1", "Status", "open"));

        assertThatThrownBy(() -> toolkit.items().delete("Carts", Map.of("id", "c1"),
                Condition.attribute("Status").eq("closed"))).hasCauseInstanceOf(ConditionalCheckFailedException.class);
        assertThat(toolkit.items().delete("Carts", Map.of("id", "c1"))).isPresent();
        assertThat(toolkit.items().get("Carts", Map.of("id", "c1"))).isEmpty();
    }

    @Test
    void beansGoThroughTheEnhancedClient() {
        toolkit.tables().create(keyedById("Profiles"));
        Profile ada = new Profile();
        ada.setId("ada");
        ada.setName("Ada Lovelace");

        toolkit.items().putBean("Profiles", Profile.class, ada);
        Profile key = new Profile();
        key.setId("ada");

        assertThat(toolkit.items().getBean("Profiles", Profile.class, key)).get()
                .extracting(Profile::getName).isEqualTo("Ada Lovelace");
    }

    @Test
    void aMissingTableTellsWhereToLook() {
        assertThatThrownBy(() -> toolkit.items().get("Nope", Map.of("id", "x")))
                .isInstanceOf(DynamoDbFailure.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Hint: No such table or index here: check its name, the region and the endpoint");
    }

    /** A bean for the enhanced client. */
    @DynamoDbBean
    public static class Profile {
        private String id;
        private String name;

        @DynamoDbPartitionKey
        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
