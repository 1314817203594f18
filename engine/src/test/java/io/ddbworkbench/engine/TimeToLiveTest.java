package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/** UpdateTimeToLive and DescribeTimeToLive: statuses, the service's refusals and its once-an-hour rule. */
class TimeToLiveTest {
    private static final String COOLDOWN = "Time to live has been modified multiple times within a fixed interval";

    @ParameterizedTest
    @EnumSource(Door.class)
    void enablingAndDisablingFollowTheServicesRules(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            DynamoDbClient ddb = fixture.ddb;
            ddb.createTable(onDemandTable("Sessions").build());
            assertDescription(ddb, TimeToLiveStatus.DISABLED, null);

            UpdateTimeToLiveResponse enabled = update(ddb, true, "expiresAt");
            assertThat(enabled.timeToLiveSpecification().enabled()).isTrue();
            assertThat(enabled.timeToLiveSpecification().attributeName()).isEqualTo("expiresAt");
            assertDescription(ddb, TimeToLiveStatus.ENABLED, "expiresAt");

            assertInvalid(() -> update(ddb, true, "expiresAt"), "TimeToLive is already enabled");
            assertInvalid(() -> update(ddb, true, "ttl"),
                    "TimeToLive is active on a different AttributeName: current AttributeName is expiresAt");
            assertInvalid(() -> update(ddb, false, "ttl"),
                    "TimeToLive is active on a different AttributeName: current AttributeName is expiresAt");
            assertInvalid(() -> update(ddb, false, "expiresAt"), COOLDOWN);

            fixture.clock.advance(Duration.ofMinutes(59));
            assertInvalid(() -> update(ddb, false, "expiresAt"), COOLDOWN);
            fixture.clock.advance(Duration.ofMinutes(1));
            update(ddb, false, "expiresAt");
            assertDescription(ddb, TimeToLiveStatus.DISABLED, null);
            assertInvalid(() -> update(ddb, false, "expiresAt"), "TimeToLive is already disabled");
            assertInvalid(() -> update(ddb, true, "ttl"), COOLDOWN);

            fixture.clock.advance(Duration.ofHours(1));
            update(ddb, true, "ttl");
            assertDescription(ddb, TimeToLiveStatus.ENABLED, "ttl");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void withDelayedStatusesTheChangeIsEnablingOrDisablingAtFirst(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door, Duration.ofSeconds(5))) {
            DynamoDbClient ddb = fixture.ddb;
            ddb.createTable(onDemandTable("Sessions").build());
            fixture.clock.advance(Duration.ofSeconds(5));

            update(ddb, true, "expiresAt");
            assertDescription(ddb, TimeToLiveStatus.ENABLING, "expiresAt");
            assertInvalid(() -> update(ddb, true, "expiresAt"), "TimeToLive is already enabled");
            fixture.clock.advance(Duration.ofSeconds(5));
            assertDescription(ddb, TimeToLiveStatus.ENABLED, "expiresAt");

            fixture.clock.advance(Duration.ofHours(1));
            update(ddb, false, "expiresAt");
            assertDescription(ddb, TimeToLiveStatus.DISABLING, "expiresAt");
            assertInvalid(() -> update(ddb, false, "expiresAt"), "TimeToLive is already disabled");
            fixture.clock.advance(Duration.ofSeconds(5));
            assertDescription(ddb, TimeToLiveStatus.DISABLED, null);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void tablesBeingCreatedOrDeletedAnswerAsTheServiceDoes(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door, Duration.ofSeconds(5))) {
            DynamoDbClient ddb = fixture.ddb;
            ddb.createTable(onDemandTable("Sessions").build());

            assertFails(() -> update(ddb, true, "expiresAt"), ResourceInUseException.class, "ResourceInUseException",
                    "Attempt to change a resource which is still in use: Table Sessions is being created");
            assertInvalid(() -> ddb.describeTimeToLive(b -> b.tableName("Sessions")),
                    "Cannot describe time to live while table is in CREATING state: Current table state is CREATING");

            fixture.clock.advance(Duration.ofSeconds(5));
            ddb.deleteTable(b -> b.tableName("Sessions"));
            assertInvalid(() -> ddb.describeTimeToLive(b -> b.tableName("Sessions")),
                    "Cannot describe time to live while table is in DELETING state: Current table state is DELETING");
            assertThat(update(ddb, true, "expiresAt").timeToLiveSpecification().enabled())
                    .as("a table being deleted still takes the change").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void malformedRequestsAndMissingTablesAreRefused(Door door) {
        try (StreamsFixture fixture = new StreamsFixture(door)) {
            DynamoDbClient ddb = fixture.ddb;
            ddb.createTable(onDemandTable("Sessions").build());
            String prefix = "1 validation error detected: Value ";

            assertInvalid(() -> ddb.updateTimeToLive(b -> b.tableName("Sessions")),
                    prefix + "null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null");
            assertInvalid(() -> ddb.updateTimeToLive(b -> b.tableName("Sessions")
                            .timeToLiveSpecification(t -> t.attributeName("ttl"))),
                    prefix + "null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: "
                            + "Member must not be null");
            assertInvalid(() -> ddb.updateTimeToLive(b -> b.tableName("Sessions")
                            .timeToLiveSpecification(t -> t.enabled(true))),
                    prefix + "null at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: "
                            + "Member must not be null");
            assertInvalid(() -> update(ddb, true, ""), prefix + "'' at 'timeToLiveSpecification.attributeName' "
                    + "failed to satisfy constraint: Member must have length greater than or equal to 1");
            String tooLong = "a".repeat(256);
            assertInvalid(() -> update(ddb, true, tooLong), prefix + "'" + tooLong + "' at "
                    + "'timeToLiveSpecification.attributeName' failed to satisfy constraint: "
                    + "Member must have length less than or equal to 255");
            assertInvalid(() -> ddb.describeTimeToLive(b -> b.tableName("ab")),
                    "TableName must be at least 3 characters long and at most 255 characters long");
            assertFails(() -> ddb.describeTimeToLive(b -> b.tableName("Nope")), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found: Table: Nope not found");
            assertFails(() -> ddb.updateTimeToLive(b -> b.tableName("Nope")
                            .timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl"))),
                    ResourceNotFoundException.class, "ResourceNotFoundException",
                    "Requested resource not found: Table: Nope not found");
            assertThat(ddb.describeTimeToLive(b -> b.tableName(ControlPlaneFixtures.tableArn("Sessions")))
                    .timeToLiveDescription().timeToLiveStatus()).as("a table ARN names the table too")
                    .isEqualTo(TimeToLiveStatus.DISABLED);
        }
    }

    private static UpdateTimeToLiveResponse update(DynamoDbClient ddb, boolean enabled, String attribute) {
        return ddb.updateTimeToLive(b -> b.tableName("Sessions")
                .timeToLiveSpecification(t -> t.enabled(enabled).attributeName(attribute)));
    }

    private static void assertDescription(DynamoDbClient ddb, TimeToLiveStatus status, String attribute) {
        TimeToLiveDescription description = ddb.describeTimeToLive(b -> b.tableName("Sessions"))
                .timeToLiveDescription();
        assertThat(description.timeToLiveStatus()).isEqualTo(status);
        assertThat(description.attributeName()).isEqualTo(attribute);
    }
}
