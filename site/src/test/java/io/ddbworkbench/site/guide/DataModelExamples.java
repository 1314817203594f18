package io.ddbworkbench.site.guide;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Code the "Tables, items and the ten types" chapter shows, by tag; {@link DataModelExamplesTest} runs it. */
final class DataModelExamples {
    private DataModelExamples() {
    }

    static void createUsersTable(DynamoDbClient ddb) {
        // tag::create-table[]
        ddb.createTable(request -> request
                .tableName("Users")
                .attributeDefinitions(   // only key attributes are declared
                        AttributeDefinition.builder().attributeName("UserID")
                                .attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("Timestamp")
                                .attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName("UserID").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("Timestamp").keyType(KeyType.RANGE).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        // end::create-table[]
    }

    static Map<String, AttributeValue> putAndGetEveryType(DynamoDbClient ddb) {
        // tag::ten-types[]
        Map<String, AttributeValue> key = Map.of(
                "UserID", AttributeValue.fromS("u-101"),                           // S
                "Timestamp", AttributeValue.fromS("2024-12-20T10:00:00Z"));
        Map<String, AttributeValue> item = new java.util.HashMap<>(key);
        item.put("Age", AttributeValue.fromN("31"));                               // N, sent as text
        item.put("Avatar", AttributeValue.fromB(SdkBytes.fromUtf8String("png")));  // B
        item.put("Active", AttributeValue.fromBool(true));                         // BOOL
        item.put("Nickname", AttributeValue.fromNul(true));                        // NULL
        item.put("Address", AttributeValue.fromM(Map.of(                          // M
                "City", AttributeValue.fromS("Porto"))));
        item.put("Logins", AttributeValue.fromL(List.of(                           // L
                AttributeValue.fromS("web"), AttributeValue.fromN("3"))));
        item.put("Tags", AttributeValue.fromSs(List.of("admin", "beta")));         // SS
        item.put("Scores", AttributeValue.fromNs(List.of("10", "12.5")));          // NS
        item.put("Keys", AttributeValue.fromBs(List.of(                            // BS
                SdkBytes.fromUtf8String("k1"), SdkBytes.fromUtf8String("k2"))));

        ddb.putItem(request -> request.tableName("Users").item(item));
        Map<String, AttributeValue> stored = ddb.getItem(request -> request
                .tableName("Users").key(key)).item();
        // end::ten-types[]
        return stored;
    }
}
