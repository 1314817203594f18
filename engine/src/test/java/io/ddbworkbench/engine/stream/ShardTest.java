package io.ddbworkbench.engine.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.table.StreamViewType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shard's bookkeeping where the API tests do not reach: long histories and large records. */
class ShardTest {
    private static final Instant START = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void aLongTrimmedHistoryKeepsExactlyTheRecordsOfTheLastDay() {
        Shard shard = new Shard("shardId-00000000000000000000-00000000", 0);
        for (int minute = 1; minute <= 3 * 24 * 60; minute++) {
            Instant at = START.plus(Duration.ofMinutes(minute));
            shard.append(record(minute, at, "k"), StreamRegistry.trimBefore(at));
        }
        Instant end = START.plus(Duration.ofDays(3));

        long oldest = shard.oldestPosition(StreamRegistry.trimBefore(end));
        Shard.ShardRead read = shard.read(oldest, 10_000, StreamRegistry.trimBefore(end));

        assertThat(oldest).isEqualTo(2 * 24 * 60);
        assertThat(read.records()).hasSize(24 * 60 + 1);
        assertThat(read.records().get(0).sequence()).isEqualTo(oldest);
        assertThat(read.next()).isEqualTo(3 * 24 * 60 + 1);
        assertThatThrownBy(() -> shard.read(oldest - 1, 1, StreamRegistry.trimBefore(end)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TRIMMED_DATA_ACCESS));
    }

    @Test
    void aReadStopsBeforeOneMegabyteButAlwaysReturnsARecord() {
        Shard shard = new Shard("shardId-00000000000000000000-00000000", 0);
        String large = "x".repeat(300 * 1024);
        for (int sequence = 1; sequence <= 5; sequence++) {
            shard.append(record(sequence, START, large), START.minus(Duration.ofDays(1)));
        }
        Instant trimBefore = START.minus(Duration.ofDays(1));

        Shard.ShardRead first = shard.read(1, 1000, trimBefore);
        Shard.ShardRead rest = shard.read(first.next(), 1000, trimBefore);

        assertThat(first.records()).extracting(StreamRecord::sequence).containsExactly(1L, 2L, 3L);
        assertThat(rest.records()).extracting(StreamRecord::sequence).containsExactly(4L, 5L);
        assertThat(rest.exhausted()).as("the shard is open").isFalse();
        shard.close();
        assertThat(shard.read(rest.next(), 1000, trimBefore).exhausted()).isTrue();
        assertThat(shard.endingSequenceNumber()).isEqualTo(SequenceNumbers.format(5));
    }

    private static StreamRecord record(long sequence, Instant at, String value) {
        Item keys = Item.of(Map.of("pk", new StringValue(value)));
        return new StreamRecord(sequence, "e" + sequence, StreamRecord.EventName.INSERT, keys, null, null, at,
                StreamViewType.KEYS_ONLY, false);
    }
}
