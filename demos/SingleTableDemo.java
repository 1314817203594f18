///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java

import io.ddbworkbench.toolkit.expression.KeyCondition;
import io.ddbworkbench.toolkit.query.QuerySpec;
import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.Workbench;

/**
 * Single-table design: users, their orders, products and their reviews in one table with generic keys PK
 * and SK, plus one overloaded, sparse index (GSI1) for the one question the main key cannot answer. Every
 * access pattern of the chart is then a single GetItem or Query.
 */
public class SingleTableDemo {

    public static void main(String[] args) {
        Demo.main("Single-table design: four entities, one table, one request per question", SingleTableDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        String table = bench.table("AppData");
        createAndLoad(bench, say, table);
        accessPatterns(bench, say, table);
    }

    static void createAndLoad(Workbench bench, Narrator say, String table) {
        say.step("Create one table for users, orders, products and reviews");
        say.why("Items read together share a partition key: a user's profile and orders live under "
                + "USER#<id>, a product and its reviews under PRODUCT#<id>. Type prefixes keep ids of different "
                + "entities apart and make begins_with selective. Reviews also carry GSI1PK = USER#<author>, so "
                + "the sparse index GSI1 holds only reviews, grouped by who wrote them.");
        bench.ddb().tables().create(TableSpec.builder(table)
                .partitionKey("PK", ScalarAttributeType.S)
                .sortKey("SK", ScalarAttributeType.S)
                .globalIndex(IndexSpec.global("GSI1")
                        .partitionKey("GSI1PK", ScalarAttributeType.S)
                        .sortKey("GSI1SK", ScalarAttributeType.S)
                        .build())
                .build());
        List<Map<String, Object>> items = List.of(
                entity("USER#u-123", "PROFILE", "User", Map.of("Name", "John")),
                entity("USER#u-123", "ORDER#2024-11-20", "Order", Map.of("Total", 40)),
                entity("USER#u-123", "ORDER#2024-12-01", "Order", Map.of("Total", 150)),
                entity("USER#u-123", "ORDER#2024-12-15", "Order", Map.of("Total", 75)),
                entity("PRODUCT#p-456", "METADATA", "Product", Map.of("Name", "Laptop")),
                entity("PRODUCT#p-456", "REVIEW#u-123", "Review", Map.of("Rating", 5,
                        "GSI1PK", "USER#u-123", "GSI1SK", "REVIEW#p-456")),
                entity("PRODUCT#p-456", "REVIEW#u-777", "Review", Map.of("Rating", 3,
                        "GSI1PK", "USER#u-777", "GSI1SK", "REVIEW#p-456")),
                entity("PRODUCT#p-789", "METADATA", "Product", Map.of("Name", "Mouse")),
                entity("PRODUCT#p-789", "REVIEW#u-123", "Review", Map.of("Rating", 4,
                        "GSI1PK", "USER#u-123", "GSI1SK", "REVIEW#p-789")));
        say.request("CreateTable " + table + " PK (S) + SK (S), GSI1 on GSI1PK (S) + GSI1SK (S); "
                + "BatchWriteItem " + items.size() + " items");
        bench.ddb().batchWriter().putAll(table, items);
        say.lines(items.stream().map(ItemText::plain).collect(Collectors.toList()));
    }

    static void accessPatterns(Workbench bench, Narrator say, String table) {
        // tag::access-patterns[]
        Map<String, Object> profileKey = Map.of("PK", "USER#u-123", "SK", "PROFILE");
        QuerySpec userWithOrders = QuerySpec.of(table, KeyCondition.partitionKey("PK").eq("USER#u-123"));
        QuerySpec decemberOrders = QuerySpec.of(table, KeyCondition.partitionKey("PK").eq("USER#u-123")
                .andSortKey("SK").beginsWith("ORDER#2024-12"));
        QuerySpec latestOrder = QuerySpec.of(table, KeyCondition.partitionKey("PK").eq("USER#u-123")
                .andSortKey("SK").beginsWith("ORDER#")).scanForward(false).limit(1);
        QuerySpec productWithReviews = QuerySpec.of(table, KeyCondition.partitionKey("PK").eq("PRODUCT#p-456"));
        QuerySpec reviewsByUser = QuerySpec.of(table, KeyCondition.partitionKey("GSI1PK").eq("USER#u-123"))
                .index("GSI1");
        // end::access-patterns[]

        say.step("Profile of user u-123");
        say.request("GetItem " + table + " " + ItemText.plain(profileKey));
        say.item(bench.ddb().items().get(table, profileKey).orElseThrow());

        ask(bench, say, "A user and all their orders, in one request",
                "Query " + table + " PK = \"USER#u-123\"", userWithOrders);
        ask(bench, say, "A user's orders in December 2024",
                "Query " + table + " PK = \"USER#u-123\" AND begins_with(SK, \"ORDER#2024-12\")", decemberOrders);
        ask(bench, say, "The latest order of a user",
                "Query " + table + " PK = \"USER#u-123\" AND begins_with(SK, \"ORDER#\"), ScanIndexForward=false, "
                        + "Limit=1", latestOrder);
        ask(bench, say, "A product and its reviews",
                "Query " + table + " PK = \"PRODUCT#p-456\"", productWithReviews);
        ask(bench, say, "Every review written by user u-123 (the sparse, overloaded GSI1)",
                "Query " + table + " IndexName=GSI1 GSI1PK = \"USER#u-123\"", reviewsByUser);
    }

    private static void ask(Workbench bench, Narrator say, String question, String request, QuerySpec query) {
        say.step(question);
        say.request(request);
        say.items(bench.ddb().reads().query(query).collect(Collectors.toList()));
    }

    private static Map<String, Object> entity(String pk, String sk, String type, Map<String, Object> attributes) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("PK", pk);
        item.put("SK", sk);
        item.put("Type", type);
        item.putAll(attributes);
        return item;
    }
}
