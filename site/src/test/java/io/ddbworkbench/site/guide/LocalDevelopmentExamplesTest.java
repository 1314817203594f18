package io.ddbworkbench.site.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.protocol.EngineHttpServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class LocalDevelopmentExamplesTest {

    @Test
    void inProcessClientTalksToTheEngineWithoutASocket() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
                DynamoDbClient ddb = LocalDevelopmentExamples.inProcessClient(engine)) {
            DataModelExamples.createUsersTable(ddb);

            assertThat(ddb.describeTable(r -> r.tableName("Users")).table().tableName()).isEqualTo("Users");
        }
    }

    @Test
    void endpointClientReachesTheStandaloneServer() {
        try (DynamoDbEngine engine = DynamoDbEngine.create()) {
            EngineHttpServer server = engine.startServer(0);
            try (DynamoDbClient ddb = LocalDevelopmentExamples.endpointClient(server.endpoint())) {
                DataModelExamples.createUsersTable(ddb);

                assertThat(ddb.describeTable(r -> r.tableName("Users")).table().tableStatus())
                        .isIn(TableStatus.CREATING, TableStatus.ACTIVE);
            }
        }
    }

    @Test
    void awsClientIsBuiltForTheRequestedRegionWithoutCallingAws() {
        try (DynamoDbClient ddb = LocalDevelopmentExamples.awsClient(Region.EU_WEST_1)) {
            assertThat(ddb.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
        }
    }
}
