package io.ddbworkbench.labkit;

import io.ddbworkbench.labkit.TestOutcome.Result;

/**
 * What a learner reads after every run of a lab: each test with PASS, FAIL, TODO (the stub still says
 * {@link NotDoneYet}) or SKIP, the failure of every test that was started but is wrong, and one "Next:" line
 * that names the step to work on and where its instructions are.
 */
final class LabSummary {
    private static final int MESSAGE_WIDTH = 160;

    private LabSummary() {
    }

    static String of(Lab lab, LabResults results) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%n%s: %d of %d tests pass  %s%n", lab.title(), results.passed(), results.total(),
                ProgressBar.of(results.passed(), results.total())));
        for (TestOutcome outcome : results.outcomes()) {
            text.append(String.format("  %s  %s%n", outcome.result().label(), outcome.name()));
            if (outcome.result() == Result.FAILED || outcome.result() == Result.SKIPPED) {
                text.append(String.format("          %s%n", shorten(outcome.message())));
            }
        }
        text.append(results.next().map(next -> nextStep(lab, next))
                .orElseGet(() -> finished(lab, results)));
        return text.toString();
    }

    private static String nextStep(Lab lab, TestOutcome next) {
        String step = next.step().isPresent() ? "\"Step " + next.step().getAsInt() + "\"" : "its steps";
        return String.format("Next: %s%n      %s%n      Read %s, %s, then run %s again.%n", next.name(),
                shorten(next.message()), "labs/" + lab.id() + "/README.adoc", step, lab.command());
    }

    private static String finished(Lab lab, LabResults results) {
        return String.format("All %d tests pass: %s is done. Compare your code with solutions/%s, and see the "
                + "README's last section for trying it against real AWS.%n", results.total(), lab.id(), lab.id());
    }

    private static String shorten(String message) {
        return message.length() <= MESSAGE_WIDTH ? message : message.substring(0, MESSAGE_WIDTH - 3) + "...";
    }
}
