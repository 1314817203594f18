package io.ddbworkbench.toolkit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Re-drive of unprocessed items, against a scripted stand-in for the service. */
class BatchRetryTest {
    private final List<Duration> slept = new ArrayList<>();
    private final Backoff fourAttempts = new Backoff(4, Duration.ofMillis(100), Duration.ofSeconds(1),
            new Random(42), slept::add);

    @Test
    void writesGoInChunksOf25AndUnprocessedItemsAreRedriven() {
        ScriptedBatchClient service = new ScriptedBatchClient(5, 2, 0, 0);
        BatchWriter writer = new BatchWriter(service, fourAttempts);

        BatchWriteResult result = writer.putAll("Users", users(60));

        assertThat(result.complete()).isTrue();
        assertThat(result.written()).isEqualTo(60);
        assertThat(service.writeCallSizes).containsExactly(25, 5, 2, 25, 10);
        assertThat(service.stored).hasSize(60);
        assertThat(slept).hasSize(2);
    }

    @Test
    void whatIsStillRefusedAfterTheLastAttemptIsReportedNotDropped() {
        ScriptedBatchClient service = new ScriptedBatchClient(10, 7, 4, 3);
        BatchWriter writer = new BatchWriter(service, fourAttempts);

        BatchWriteResult result = writer.putAll("Users", users(25));

        assertThat(result.complete()).isFalse();
        assertThat(result.calls()).isEqualTo(4);
        assertThat(result.written()).isEqualTo(22);
        assertThat(result.unprocessed().get("Users")).hasSize(3)
                .allSatisfy(write -> assertThat(service.stored).doesNotContainKey(Map.of("id",
                        write.putRequest().item().get("id"))));
        assertThat(service.stored).hasSize(22);
    }

    @Test
    void aCallThrottledAsAWholeIsRetriedLikeUnprocessedItems() {
        ScriptedBatchClient service = new ScriptedBatchClient(ScriptedBatchClient.THROTTLE_WHOLE_CALL,
                ScriptedBatchClient.THROTTLE_WHOLE_CALL, 0);
        BatchWriter writer = new BatchWriter(service, fourAttempts);

        BatchWriteResult result = writer.deleteAll("Users", List.of(Map.of("id", "u1"), Map.of("id", "u2")));

        assertThat(result.complete()).isTrue();
        assertThat(result.calls()).isEqualTo(3);
    }

    @Test
    void readsGoInChunksOf100AndUnprocessedKeysAreRedriven() {
        ScriptedBatchClient service = new ScriptedBatchClient();
        new BatchWriter(service, fourAttempts).putAll("Users", users(150));
        ScriptedBatchClient reads = new ScriptedBatchClient(30, 0, 0);
        reads.stored.putAll(service.stored);

        BatchReadResult result = new BatchReader(reads, fourAttempts).getAll("Users",
                IntStream.range(0, 150).mapToObj(i -> Map.of("id", "u" + i)).collect(Collectors.toList()), false);

        assertThat(reads.readCallSizes).containsExactly(100, 30, 50);
        assertThat(result.complete()).isTrue();
        assertThat(result.items()).hasSize(150);
    }

    @Test
    void unreadKeysAreReportedAfterTheLastAttempt() {
        ScriptedBatchClient reads = new ScriptedBatchClient(2, 2, 2, 2);

        BatchReadResult result = new BatchReader(reads, fourAttempts).getAll("Users",
                List.of(Map.of("id", "a"), Map.of("id", "b"), Map.of("id", "c")), true);

        assertThat(result.complete()).isFalse();
        assertThat(result.unprocessedKeys()).containsExactly(
                Map.of("id", AttributeValue.fromS("b")), Map.of("id", AttributeValue.fromS("c")));
    }

    @Test
    void fullJitterStaysUnderTheExponentialCeilingAndTheCap() {
        Backoff backoff = new Backoff(10, Duration.ofMillis(100), Duration.ofMillis(1000), new Random(7), slept::add);

        for (int run = 0; run < 200; run++) {
            for (int retry = 1; retry <= 8; retry++) {
                long ceiling = Math.min(1000, 100L << retry);
                assertThat(backoff.delayBefore(retry).toMillis()).isBetween(0L, ceiling - 1);
            }
        }
        List<Long> firstRetryDelays = IntStream.range(0, 50)
                .mapToObj(i -> backoff.delayBefore(1).toMillis()).distinct().collect(Collectors.toList());
        assertThat(firstRetryDelays).as("jitter spreads clients out").hasSizeGreaterThan(10);
    }

    private static List<Map<String, Object>> users(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Map.<String, Object>of("id", "u" + i, "name", "User " + i))
                .collect(Collectors.toList());
    }
}
