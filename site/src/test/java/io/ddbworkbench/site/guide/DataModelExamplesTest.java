package io.ddbworkbench.site.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

class DataModelExamplesTest {

    @Test
    void createsTheUsersTableWithACompositeKey() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
                DynamoDbClient ddb = LocalDevelopmentExamples.inProcessClient(engine)) {
            DataModelExamples.createUsersTable(ddb);

            assertThat(ddb.describeTable(r -> r.tableName("Users")).table().keySchema())
                    .extracting(k -> k.attributeName() + ":" + k.keyType())
                    .containsExactly("UserID:" + KeyType.HASH, "Timestamp:" + KeyType.RANGE);
        }
    }

    @Test
    void everyOneOfTheTenTypesComesBackAsWritten() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
                DynamoDbClient ddb = LocalDevelopmentExamples.inProcessClient(engine)) {
            DataModelExamples.createUsersTable(ddb);

            Map<String, AttributeValue> stored = DataModelExamples.putAndGetEveryType(ddb);

            assertThat(stored).hasSize(11);
            assertThat(stored.get("Age").n()).isEqualTo("31");
            assertThat(stored.get("Avatar").b().asUtf8String()).isEqualTo("png");
            assertThat(stored.get("Active").bool()).isTrue();
            assertThat(stored.get("Nickname").nul()).isTrue();
            assertThat(stored.get("Address").m()).containsEntry("City", AttributeValue.fromS("Porto"));
            assertThat(stored.get("Logins").l()).containsExactly(AttributeValue.fromS("web"), AttributeValue.fromN("3"));
            assertThat(stored.get("Tags").ss()).containsExactlyInAnyOrder("admin", "beta");
            assertThat(stored.get("Scores").ns()).containsExactlyInAnyOrder("10", "12.5");
            assertThat(stored.get("Keys").bs()).hasSize(2);
        }
    }
}
