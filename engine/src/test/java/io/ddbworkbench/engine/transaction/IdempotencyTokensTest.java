package io.ddbworkbench.engine.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.json.JsonParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyTokensTest {
    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final IdempotencyTokens.Completed DONE = new IdempotencyTokens.Completed(Map.of("T", 2.0), null);

    private final IdempotencyTokens tokens = new IdempotencyTokens(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenStillRunningRefusesItsTwinUntilItCompletesOrIsReleased() {
        assertThat(tokens.claim("t", "request")).as("first use: run it").isNull();
        assertThatThrownBy(() -> tokens.claim("t", "request")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_IN_PROGRESS);
            assertThat(e.getMessage()).isEqualTo("Transaction from previous request is still in progress");
        });
        tokens.committed(List.of(), new IdempotencyTokens.Completion("t", "request", NOW, DONE));
        assertThat(tokens.claim("t", "request")).isSameAs(DONE);

        assertThat(tokens.claim("u", "request")).isNull();
        tokens.release("u");
        assertThat(tokens.claim("u", "request")).as("a released token runs again").isNull();
    }

    @Test
    void aMismatchIsRefusedEvenWhileTheFirstRequestRuns() {
        tokens.claim("t", "one");
        assertThatThrownBy(() -> tokens.claim("t", "two")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH));
    }

    @Test
    void onlyCompletionsWithinTheirTenMinutesAreRestoredAndExported() {
        IdempotencyTokens.Completion recent = new IdempotencyTokens.Completion("recent", "request",
                NOW.minus(IdempotencyTokens.WINDOW), DONE);
        IdempotencyTokens.Completion stale = new IdempotencyTokens.Completion("stale", "request",
                NOW.minus(IdempotencyTokens.WINDOW).minusMillis(1), DONE);
        tokens.restore(recent);
        tokens.restore(stale);
        tokens.claim("running", "request");
        assertThat(tokens.live()).containsExactly(recent);
        assertThat(tokens.claim("stale", "other")).as("never restored, so free").isNull();
        assertThat(tokens.claim("recent", "request")).isSameAs(DONE);
    }

    @Test
    void fingerprintsIgnoreMemberOrderButNotActionOrder() {
        String ab = fingerprint("[{\"a\":1,\"b\":{\"x\":[1,2],\"y\":2}},{\"c\":3}]");
        String ba = fingerprint("[{\"b\":{\"y\":2,\"x\":[1,2]},\"a\":1},{\"c\":3}]");
        String swapped = fingerprint("[{\"c\":3},{\"a\":1,\"b\":{\"x\":[1,2],\"y\":2}}]");
        String listOrder = fingerprint("[{\"a\":1,\"b\":{\"x\":[2,1],\"y\":2}},{\"c\":3}]");
        assertThat(ab).isEqualTo(ba).isNotEqualTo(swapped).isNotEqualTo(listOrder);
    }

    private static String fingerprint(String json) {
        return IdempotencyTokens.fingerprint(JsonParser.parse(json));
    }
}
