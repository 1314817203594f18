package io.ddbworkbench.toolkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.toolkit.error.DynamoDbFailure;
import io.ddbworkbench.toolkit.expression.Condition;
import io.ddbworkbench.toolkit.expression.KeyCondition;
import io.ddbworkbench.toolkit.query.Page;
import io.ddbworkbench.toolkit.query.QuerySpec;
import io.ddbworkbench.toolkit.query.ScanSpec;
import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The original guide's time-series and leaderboard patterns, as queries, pages and scans. */
class ReadsTest extends EmbeddedToolkit {

    @BeforeEach
    void loadReadingsAndScores() {
        toolkit.tables().create(TableSpec.builder("SensorData")
                .partitionKey("DeviceID", ScalarAttributeType.S)
                .sortKey("Timestamp", ScalarAttributeType.S)
                .build());
        toolkit.batchWriter().putAll("SensorData", IntStream.rangeClosed(1, 31)
                .mapToObj(day -> Map.<String, Object>of("DeviceID", "device123",
                        "Timestamp", String.format("2024-12-%02dT00:00:00Z", day), "Celsius", day % 7))
                .collect(Collectors.toList()));
        toolkit.tables().create(TableSpec.builder("GameScores")
                .partitionKey("UserID", ScalarAttributeType.S)
                .sortKey("GameID", ScalarAttributeType.S)
                .globalIndex(IndexSpec.global("LeaderboardIndex").partitionKey("GameID", ScalarAttributeType.S)
                        .sortKey("Score", ScalarAttributeType.N).build())
                .build());
        toolkit.batchWriter().putAll("GameScores", IntStream.range(0, 40)
                .mapToObj(i -> Map.<String, Object>of("UserID", "user" + i, "GameID", "game123", "Score", i * 10))
                .collect(Collectors.toList()));
    }

    @Test
    void aRefusedQueryFailsWithAHintOnlyWhenItsStreamIsConsumed() {
        Stream<Map<String, AttributeValue>> strongReadOfAGlobalIndex = toolkit.reads().query(QuerySpec.of("GameScores",
                KeyCondition.partitionKey("GameID").eq("game123")).index("LeaderboardIndex").consistentRead(true));

        assertThatThrownBy(strongReadOfAGlobalIndex::count)
                .isInstanceOf(DynamoDbFailure.class)
                .hasMessageContaining("ValidationException: Consistent reads are not supported on global secondary "
                        + "indexes");
    }

    @Test
    void sortKeyConditionsNarrowThePartition() {
        assertThat(toolkit.reads().query(QuerySpec.of("SensorData",
                KeyCondition.partitionKey("DeviceID").eq("device123")
                        .andSortKey("Timestamp").between("2024-12-01T00:00:00Z", "2024-12-20T23:59:59Z"))))
                .hasSize(20);
        assertThat(toolkit.reads().query(QuerySpec.of("SensorData",
                KeyCondition.partitionKey("DeviceID").eq("device123").andSortKey("Timestamp").beginsWith("2024-12-1"))))
                .hasSize(10);
        assertThat(toolkit.reads().query(QuerySpec.of("SensorData",
                KeyCondition.partitionKey("DeviceID").eq("device123").andSortKey("Timestamp").lt("2024-12-03"))))
                .hasSize(2);
    }

    @Test
    void filterProjectionAndConsistentRead() {
        List<Map<String, AttributeValue>> hot = toolkit.reads().query(QuerySpec.of("SensorData",
                        KeyCondition.partitionKey("DeviceID").eq("device123"))
                .filter(Condition.attribute("Celsius").ge(5))
                .projection("Timestamp")
                .consistentRead(true))
                .collect(Collectors.toList());

        assertThat(hot).hasSize(8).allSatisfy(item -> assertThat(item).containsOnlyKeys("Timestamp"));
    }

    @Test
    void leaderboardTopTenFromTheIndexInDescendingOrder() {
        List<String> top = toolkit.reads().query(QuerySpec.of("GameScores",
                        KeyCondition.partitionKey("GameID").eq("game123"))
                .index("LeaderboardIndex")
                .scanForward(false)
                .limit(10))
                .map(item -> item.get("Score").n())
                .collect(Collectors.toList());

        assertThat(top).containsExactly("390", "380", "370", "360", "350", "340", "330", "320", "310", "300");
    }

    @Test
    void pagesWithResumeTokensVisitEveryItemOnce() {
        QuerySpec byDevice = QuerySpec.of("SensorData", KeyCondition.partitionKey("DeviceID").eq("device123")).limit(7);
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page page = toolkit.reads().queryPage(byDevice, token);
            page.items().forEach(item -> seen.add(item.get("Timestamp").s()));
            token = page.nextToken().orElse(null);
            pages++;
        } while (token != null);

        assertThat(seen).hasSize(31).doesNotHaveDuplicates().isSorted();
        assertThat(pages).isBetween(5, 6);
    }

    @Test
    void scanWithFilterAndParallelScanSeeTheSameItems() {
        long filtered = toolkit.reads().scan(ScanSpec.of("GameScores").filter(Condition.attribute("Score").lt(100)))
                .count();
        List<Map<String, AttributeValue>> all = toolkit.reads().parallelScanAll(ScanSpec.of("GameScores"), 4, 2);

        assertThat(filtered).isEqualTo(10);
        assertThat(all).hasSize(40);
        assertThat(all.stream().map(item -> item.get("UserID").s())).doesNotHaveDuplicates();
    }
}
