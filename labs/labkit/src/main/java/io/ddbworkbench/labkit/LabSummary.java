package io.ddbworkbench.labkit;

import io.ddbworkbench.labkit.TestOutcome.Result;
import java.util.stream.Collectors;

/**
 * What a learner reads after every run of a lab: each test with PASS, FAIL, TODO (the stub still says
 * {@link NotDoneYet}) or SKIP, the reason of every test that was started but is wrong, and a "Next:" block
 * with the whole message of the first test to fix, where it failed, and where its instructions are.
 */
final class LabSummary {
    private static final int LINE_WIDTH = 110;
    private static final int MESSAGE_LINES = 12;
    private static final String INDENT = "      ";

    private LabSummary() {
    }

    static String of(Lab lab, LabResults results) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%n%s: %d of %d tests pass  %s%n", lab.title(), results.passed(), results.total(),
                ProgressBar.of(results.passed(), results.total())));
        for (TestOutcome outcome : results.outcomes()) {
            text.append(String.format("  %s  %s%n", outcome.result().label(), outcome.name()));
            if (outcome.result() == Result.FAILED || outcome.result() == Result.SKIPPED) {
                text.append(wrap(outcome.headline(), INDENT + "    "));
            }
        }
        text.append(results.next().map(next -> nextStep(lab, next)).orElseGet(() -> finished(lab, results)));
        return text.toString();
    }

    private static String nextStep(Lab lab, TestOutcome next) {
        String step = next.step().isPresent() ? "\"Step " + next.step().getAsInt() + "\"" : "its steps";
        String message = next.message().lines().limit(MESSAGE_LINES)
                .map(line -> wrap(line, INDENT))
                .collect(Collectors.joining());
        String where = next.location().isEmpty() ? "" : INDENT + "(" + next.location() + ")" + System.lineSeparator();
        return String.format("%nNext: %s%n%s%s%sRead labs/%s/README.adoc, %s, then run %s again.%n", next.name(),
                message, where, INDENT, lab.id(), step, lab.command());
    }

    private static String finished(Lab lab, LabResults results) {
        return String.format("%nAll %d tests pass: %s is done. Compare your code with solutions/%s, and see the "
                + "README's last section for trying it against real AWS.%n", results.total(), lab.id(), lab.id());
    }

    /** Breaks a long line at spaces so it stays readable in an 80-120 column terminal, each piece indented. */
    static String wrap(String line, String indent) {
        StringBuilder wrapped = new StringBuilder();
        String rest = line.stripTrailing();
        int width = LINE_WIDTH - indent.length();
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                break;
            }
            wrapped.append(indent).append(rest, 0, cut).append(System.lineSeparator());
            rest = rest.substring(cut + 1);
        }
        return wrapped.append(indent).append(rest).append(System.lineSeparator()).toString();
    }
}
