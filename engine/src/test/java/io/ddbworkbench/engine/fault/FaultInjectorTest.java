package io.ddbworkbench.engine.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    @Test
    void offByDefault() {
        FaultInjector faults = new FaultInjector();
        for (int i = 0; i < 1_000; i++) {
            assertThat(faults.shouldFail(FaultKind.UNPROCESSED_BATCH_WRITE)).isFalse();
        }
    }

    @Test
    void sameSeedAndRateGiveTheSameDecisions() {
        assertThat(decisions(42)).isEqualTo(decisions(42)).isNotEqualTo(decisions(43));
    }

    @Test
    void rateIsTheFractionThatFails() {
        FaultInjector faults = new FaultInjector().seed(7).rate(FaultKind.TRANSACTION_CONFLICT, 0.25);
        int failed = 0;
        for (int i = 0; i < 20_000; i++) {
            if (faults.shouldFail(FaultKind.TRANSACTION_CONFLICT)) {
                failed++;
            }
        }
        assertThat(failed / 20_000.0).isBetween(0.23, 0.27);
        assertThat(faults.shouldFail(FaultKind.UNPROCESSED_BATCH_GET)).isFalse();
    }

    @Test
    void rejectsRatesOutsideZeroToOne() {
        FaultInjector faults = new FaultInjector();
        assertThatThrownBy(() -> faults.rate(FaultKind.UNPROCESSED_BATCH_GET, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.rate(FaultKind.UNPROCESSED_BATCH_GET, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Boolean> decisions(long seed) {
        FaultInjector faults = new FaultInjector().seed(seed).rate(FaultKind.UNPROCESSED_BATCH_WRITE, 0.5);
        List<Boolean> decisions = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            decisions.add(faults.shouldFail(FaultKind.UNPROCESSED_BATCH_WRITE));
        }
        return decisions;
    }
}
