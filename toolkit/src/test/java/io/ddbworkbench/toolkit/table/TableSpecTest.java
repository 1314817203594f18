package io.ddbworkbench.toolkit.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** The original guide's "Users" table: GSI on Email, LSI on Rating, stream and TTL. */
class TableSpecTest {

    @Test
    void usersTableWithBothIndexKindsBuildsTheServiceRequest() {
        TableSpec spec = TableSpec.builder("Users")
                .partitionKey("UserID", ScalarAttributeType.S)
                .sortKey("Timestamp", ScalarAttributeType.S)
                .globalIndex(IndexSpec.global("EmailIndex").partitionKey("Email", ScalarAttributeType.S).build())
                .localIndex(IndexSpec.local("UserRatingIndex").sortKey("Rating", ScalarAttributeType.N)
                        .projectInclude("Name").build())
                .stream(StreamViewType.NEW_AND_OLD_IMAGES)
                .timeToLive("ExpirationTime")
                .build();

        CreateTableRequest request = spec.toRequest();

        assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(request.attributeDefinitions()).extracting(AttributeDefinition::attributeName)
                .containsExactly("UserID", "Timestamp", "Email", "Rating");
        assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput()).isNull();
        assertThat(request.localSecondaryIndexes().get(0).keySchema().get(0).attributeName()).isEqualTo("UserID");
        assertThat(request.localSecondaryIndexes().get(0).projection().projectionType())
                .isEqualTo(ProjectionType.INCLUDE);
        assertThat(request.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(spec.timeToLiveAttribute()).contains("ExpirationTime");
    }

    @Test
    void provisionedTablesGiveEachGlobalIndexThroughput() {
        CreateTableRequest request = TableSpec.builder("GameScores")
                .partitionKey("UserID", ScalarAttributeType.S)
                .sortKey("GameID", ScalarAttributeType.S)
                .provisioned(10, 5)
                .globalIndex(IndexSpec.global("LeaderboardIndex").partitionKey("GameID", ScalarAttributeType.S)
                        .sortKey("Score", ScalarAttributeType.N).build())
                .globalIndex(IndexSpec.global("Busy").partitionKey("Region", ScalarAttributeType.S)
                        .throughput(50, 20).projectKeysOnly().build())
                .build()
                .toRequest();

        assertThat(request.provisionedThroughput().readCapacityUnits()).isEqualTo(10);
        assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits()).isEqualTo(5);
        assertThat(request.globalSecondaryIndexes().get(1).provisionedThroughput().readCapacityUnits()).isEqualTo(50);
        assertThat(request.attributeDefinitions()).hasSize(4);
    }

    @Test
    void oneAttributeCannotHaveTwoKeyTypes() {
        TableSpec spec = TableSpec.builder("T")
                .partitionKey("id", ScalarAttributeType.S)
                .globalIndex(IndexSpec.global("ById").partitionKey("id", ScalarAttributeType.N).build())
                .build();

        assertThatThrownBy(spec::toRequest).hasMessage("attribute id is a key with type S and with type N; "
                + "an attribute has one type");
    }

    @Test
    void localIndexesNeedASortKeyOnTheTable() {
        assertThatThrownBy(() -> TableSpec.builder("T").partitionKey("id", ScalarAttributeType.S)
                .localIndex(IndexSpec.local("L").sortKey("x", ScalarAttributeType.N).build()).build())
                .hasMessage("local indexes need a table with a sort key");
    }
}
