package io.ddbworkbench.toolkit.embedded;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.toolkit.DynamoDbToolkit;
import io.ddbworkbench.toolkit.connect.Backend;
import io.ddbworkbench.toolkit.connect.Connection;
import io.ddbworkbench.toolkit.connect.DynamoDbClients;
import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * A fresh embedded engine per test, and the toolkit over it. (The testkit's extension does this for users;
 * the toolkit cannot use it here, since the testkit depends on the toolkit.)
 */
abstract class EmbeddedToolkit {
    DynamoDbClients clients;
    DynamoDbToolkit toolkit;

    @BeforeEach
    void startEngine() {
        DynamoDbEngine engine = DynamoDbEngine.create();
        clients = DynamoDbClients.over(new Connection(Backend.EMBEDDED, Optional.of(engine.inProcessEndpoint()),
                Region.US_EAST_1, Connection.LOCAL_CREDENTIALS, engine::httpClient, engine::asyncHttpClient, engine));
        toolkit = DynamoDbToolkit.over(clients);
    }

    @AfterEach
    void stopEngine() {
        clients.close();
    }

    /** The original guide's Users table: UserID + Timestamp, EmailIndex (GSI), UserRatingIndex (LSI). */
    static TableSpec usersTable() {
        return TableSpec.builder("Users")
                .partitionKey("UserID", ScalarAttributeType.S)
                .sortKey("Timestamp", ScalarAttributeType.S)
                .globalIndex(IndexSpec.global("EmailIndex").partitionKey("Email", ScalarAttributeType.S).build())
                .localIndex(IndexSpec.local("UserRatingIndex").sortKey("Rating", ScalarAttributeType.N).build())
                .stream(StreamViewType.NEW_AND_OLD_IMAGES)
                .build();
    }

    /** A table keyed by a string {@code id} only. */
    static TableSpec keyedById(String name) {
        return TableSpec.builder(name).partitionKey("id", ScalarAttributeType.S).build();
    }
}
