package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTableWithIndex;
import static io.ddbworkbench.engine.ControlPlaneFixtures.tableArn;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class DescribeTableTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void countsAndSizesFollowTheItems(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTableWithIndex("Counted").build());
            ddb.putItem(b -> b.tableName("Counted").item(Map.of("pk", AttributeValue.fromS("a"),
                    "g", AttributeValue.fromS("x"))));
            ddb.putItem(b -> b.tableName("Counted").item(Map.of("pk", AttributeValue.fromS("b"))));

            TableDescription table = ddb.describeTable(b -> b.tableName("Counted")).table();
            assertThat(table.itemCount()).isEqualTo(2);
            assertThat(table.tableSizeBytes()).as("pk=a,g=x is 5 bytes, pk=b is 3").isEqualTo(8);
            assertThat(table.globalSecondaryIndexes().get(0).itemCount()).as("the index is sparse").isEqualTo(1);
            assertThat(table.globalSecondaryIndexes().get(0).indexSizeBytes()).isEqualTo(5);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aTableArnNamesTheTableToo(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("ByArn").build());
            assertThat(ddb.describeTable(b -> b.tableName(tableArn("ByArn"))).table().tableName()).isEqualTo("ByArn");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void missingTablesAndBadNamesGetTheServicesMessages(Door door) {
        withClient(door, ddb -> {
            assertFails(() -> ddb.describeTable(b -> b.tableName("Nowhere")), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found: Table: Nowhere not found");
            assertInvalid(() -> ddb.describeTable(b -> { }),
                    "The parameter 'TableName' is required but was not present in the request");
            assertInvalid(() -> ddb.describeTable(b -> b.tableName("ab")),
                    "TableName must be at least 3 characters long and at most 255 characters long");
            assertInvalid(() -> ddb.describeTable(b -> b.tableName("no spaces")),
                    "1 validation error detected: Value 'no spaces' at 'tableName' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        });
    }
}
