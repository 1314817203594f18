package io.ddbworkbench.labkit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One lab's test outcomes in step order (tests of the same step keep the order they ran in), and the answers a
 * learner wants from them: how many pass, and what to do next.
 */
record LabResults(List<TestOutcome> outcomes) {
    LabResults {
        outcomes = outcomes.stream()
                .sorted(Comparator.comparingInt(outcome -> outcome.step().orElse(Integer.MAX_VALUE)))
                .toList();
    }

    int total() {
        return outcomes.size();
    }

    int passed() {
        return (int) outcomes.stream().filter(TestOutcome::passed).count();
    }

    /** Every test ran and passed. */
    boolean complete() {
        return total() > 0 && passed() == total();
    }

    /** The first test, in step order, that does not pass yet: where the learner should work next. */
    Optional<TestOutcome> next() {
        return outcomes.stream().filter(outcome -> !outcome.passed()).findFirst();
    }
}
