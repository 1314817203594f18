package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.projectAll;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withClient;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class DeleteTableTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void deletingReturnsTheDescriptionAndTheTableAndItsItemsAreGone(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Doomed").build());
            ddb.putItem(b -> b.tableName("Doomed").item(Map.of("pk", AttributeValue.fromS("a"))));

            TableDescription deleted = ddb.deleteTable(b -> b.tableName("Doomed")).tableDescription();
            assertThat(deleted.tableName()).isEqualTo("Doomed");
            assertThat(deleted.tableStatus()).isEqualTo(TableStatus.DELETING);
            assertThat(deleted.itemCount()).isEqualTo(1);

            assertFails(() -> ddb.describeTable(b -> b.tableName("Doomed")), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found: Table: Doomed not found");
            ddb.createTable(onDemandTable("Doomed").build());
            assertThat(ddb.getItem(b -> b.tableName("Doomed").key(Map.of("pk", AttributeValue.fromS("a")))).hasItem())
                    .as("a new table starts empty").isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void deletionProtectionMustBeTurnedOffFirst(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Guarded").deletionProtectionEnabled(true).build());
            assertInvalid(() -> ddb.deleteTable(b -> b.tableName("Guarded")),
                    "Resource cannot be deleted as it is currently protected against deletion. Disable deletion "
                            + "protection first.");
            ddb.updateTable(b -> b.tableName("Guarded").deletionProtectionEnabled(false));
            assertThat(ddb.deleteTable(b -> b.tableName("Guarded")).tableDescription().tableStatus())
                    .isEqualTo(TableStatus.DELETING);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aTableWhoseIndexIsStillBuildingCannotBeDeleted(Door door) {
        AdjustableClock clock = new AdjustableClock();
        EngineOptions options = EngineOptions.builder().clock(clock).transientStatusDelay(Duration.ofMinutes(5)).build();
        withEngine(door, options, (engine, ddb) -> {
            ddb.createTable(onDemandTable("Building").build());
            clock.advance(Duration.ofMinutes(5));
            ddb.updateTable(b -> b.tableName("Building")
                    .attributeDefinitions(attribute("g", ScalarAttributeType.S))
                    .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("ByG").keySchema(hash("g"))
                            .projection(projectAll()))));

            assertFails(() -> ddb.deleteTable(b -> b.tableName("Building")), ResourceInUseException.class,
                    "ResourceInUseException", "Attempt to change a resource which is still in use: Cannot delete "
                            + "table while indexes are being created, updated, or deleted.");
            clock.advance(Duration.ofMinutes(5));
            ddb.deleteTable(b -> b.tableName("Building"));
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aMissingTableIsNotFound(Door door) {
        withClient(door, ddb -> assertFails(() -> ddb.deleteTable(b -> b.tableName("Nowhere")),
                ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found: Table: Nowhere not found"));
    }
}
