package io.ddbworkbench.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.toolkit.connect.Backend;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Runs on the default backend: the test JVM sets no DDB_BACKEND, so this is the embedded engine. */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedInjectionTest {

    @BeforeAll
    void createTable(DynamoDbClient ddb, TableNamespace tables) {
        Tables.createKeyedById(ddb, tables.table("Users"));
    }

    @Test
    void defaultBackendIsTheEmbeddedEngineWithoutPrefix(Backend backend, TableNamespace tables) {
        assertThat(backend).isEqualTo(Backend.EMBEDDED);
        assertThat(tables.table("Users")).isEqualTo("Users");
    }

    @Test
    void syncAndAsyncClientsSeeTheSameEngine(DynamoDbClient ddb, DynamoDbAsyncClient async) {
        ddb.putItem(b -> b.tableName("Users").item(Map.of("id", AttributeValue.fromS("sync"))));

        Map<String, AttributeValue> read = async.getItem(b -> b.tableName("Users")
                .key(Map.of("id", AttributeValue.fromS("sync")))).join().item();

        assertThat(read).containsEntry("id", AttributeValue.fromS("sync"));
    }

    @Test
    void enhancedClientsMapBeans(DynamoDbEnhancedClient enhanced, DynamoDbEnhancedAsyncClient enhancedAsync) {
        User ada = new User();
        ada.setId("ada");
        ada.setName("Ada Lovelace");
        enhanced.table("Users", TableSchema.fromBean(User.class)).putItem(ada);

        User read = enhancedAsync.table("Users", TableSchema.fromBean(User.class))
                .getItem(Key.builder().partitionValue("ada").build()).join();

        assertThat(read.getName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void sameClientInstancesWithinTheClass(DynamoDbClient first, DynamoDbClient second,
                                           DynamoDbStreamsClient streams, DynamoDbEngine engine) {
        assertThat(first).isSameAs(second);
        assertThat(streams.serviceClientConfiguration().endpointOverride()).contains(engine.inProcessEndpoint());
    }

    @Test
    void engineKnobsReachTheInjectedEngine(DynamoDbEngine engine, TestClock clock) {
        Instant before = engine.context().clock().instant();

        clock.advance(Duration.ofDays(2));

        assertThat(engine.context().clock().instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(2)));
    }

    /** A bean for the enhanced clients. */
    @DynamoDbBean
    public static class User {
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
