package io.ddbworkbench.engine.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final Instant START = Instant.parse("2025-06-01T00:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofSeconds(300);

    private final TokenBucket bucket = new TokenBucket();

    @Test
    void startsWithTheWholeBurstAndRefillsAtTheRateUpToIt() {
        assertThat(bucket.hasTokens(START, 2, FIVE_MINUTES)).isTrue();
        bucket.spend(600, START, 2, FIVE_MINUTES);
        assertThat(bucket.hasTokens(START, 2, FIVE_MINUTES)).as("600 units of burst spent").isFalse();
        assertThat(bucket.hasTokens(START.plusMillis(400), 2, FIVE_MINUTES)).as("0.8 units back").isTrue();

        bucket.spend(0.8, START.plusMillis(400), 2, FIVE_MINUTES);
        bucket.spend(0, START.plus(Duration.ofHours(1)), 2, FIVE_MINUTES);
        bucket.spend(600, START.plus(Duration.ofHours(1)), 2, FIVE_MINUTES);
        assertThat(bucket.hasTokens(START.plus(Duration.ofHours(1)), 2, FIVE_MINUTES))
                .as("an idle hour saves up no more than five minutes").isFalse();
    }

    @Test
    void aRequestMayRunIntoDebtThatLaterRefillsRepay() {
        bucket.spend(11, START, 5, Duration.ZERO);
        assertThat(bucket.hasTokens(START.plusSeconds(1), 5, Duration.ZERO)).as("-6 + 5").isFalse();
        assertThat(bucket.hasTokens(START.plusMillis(1300), 5, Duration.ZERO)).as("-6 + 6.5").isTrue();
    }

    @Test
    void aClockThatStepsBackRefillsNothing() {
        bucket.spend(5, START, 5, Duration.ZERO);
        assertThat(bucket.hasTokens(START.minusSeconds(10), 5, Duration.ZERO)).isFalse();
        assertThat(bucket.hasTokens(START.plusMillis(100), 5, Duration.ZERO)).isTrue();
    }
}
