package io.ddbworkbench.labkit;

import io.ddbworkbench.labkit.StubFingerprint.State;
import io.ddbworkbench.labkit.TestOutcome.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs after a lab's tests (Surefire is told to ignore their failures) and decides what the build makes of
 * them. The stub's state picks the rules:
 *
 * <ul>
 *   <li><b>untouched</b> (as shipped, or not sealed yet): the lab proves it teaches something. Every test must
 *       fail, none may be skipped, there are at least {@value #MIN_TESTS}, every display name starts
 *       "Step N: " and every step has a heading in the README. A lab that passes unfinished breaks the build.</li>
 *   <li><b>changed</b> (a learner at work): nothing to prove; the summary says which step is next. Failing
 *       tests fail the build only in strict mode, which is what {@code ./lab N} runs.</li>
 * </ul>
 *
 * On a CI machine a changed or unsealed stub is an author's mistake (the shipped stub must match its
 * fingerprint), so it fails the build there.
 */
final class LabCheck {
    static final int MIN_TESTS = 6;
    private static final Pattern STEP_HEADING = Pattern.compile("^=+ Step (\\d+):.*");

    /** How the check runs: strict for the learner's command, CI for the project's own build machine. */
    record Mode(boolean strict, boolean ci, boolean embeddedBackend) {
    }

    /** What the build prints, and the reasons it fails (none when it passes). */
    record Verdict(String report, List<String> failures) {
        boolean passed() {
            return failures.isEmpty();
        }
    }

    private final Lab lab;
    private final Mode mode;

    LabCheck(Lab lab, Mode mode) {
        this.lab = lab;
        this.mode = mode;
    }

    Verdict run() {
        LabResults results = new LabResults(lab.outcomes());
        if (results.total() == 0) {
            return new Verdict("", List.of(lab.id() + ": no test results in " + lab.reportsDir()
                    + ". The lab's tests did not run, or it has none."));
        }
        StringBuilder report = new StringBuilder(LabSummary.of(lab, results));
        List<String> failures = new ArrayList<>();
        State stub = StubFingerprint.state(lab);
        if (stub == State.CHANGED && mode.ci()) {
            failures.add(lab.id() + ": the stub in src/main/java differs from stub.sha256. A lab ships its stub "
                    + "untouched: if you changed it on purpose, run ./lab seal " + lab.number() + " and commit.");
        } else if (stub == State.UNSEALED && mode.ci()) {
            failures.add(lab.id() + ": no stub.sha256. Run ./lab seal " + lab.number() + " and commit it.");
        }
        if (stub == State.CHANGED) {
            report.append(learnerNote(results));
        } else {
            List<String> proofFailures = proveStubFailsEveryTest(results);
            failures.addAll(proofFailures);
            if (proofFailures.isEmpty()) {
                report.append(String.format("The stub is as shipped: all %d tests fail, as they should until you "
                        + "write each step.%n", results.total()));
            }
            if (stub == State.UNSEALED) {
                report.append(String.format("(Not sealed yet: ./lab seal %s records this stub as the shipped one.)%n",
                        lab.number()));
            }
        }
        if (mode.strict() && !done(results)) {
            failures.add(String.format("%s is not finished: %d of %d tests pass.", lab.title(), results.passed(),
                    results.total()));
        }
        return new Verdict(report.toString(), failures);
    }

    /** In strict mode a lab is finished when all tests pass; off the embedded engine some may skip. */
    private boolean done(LabResults results) {
        return results.outcomes().stream().allMatch(outcome -> outcome.passed()
                || outcome.result() == Result.SKIPPED && !mode.embeddedBackend());
    }

    private String learnerNote(LabResults results) {
        if (mode.strict() || results.complete()) {
            return "";
        }
        return String.format("(This build does not fail on the lab's failing tests: %s runs it strictly.)%n",
                lab.command());
    }

    private List<String> proveStubFailsEveryTest(LabResults results) {
        List<String> failures = new ArrayList<>();
        if (results.total() < MIN_TESTS) {
            failures.add(String.format("%s: has %d tests; a lab needs at least %d.", lab.id(), results.total(),
                    MIN_TESTS));
        }
        Set<Integer> steps = new TreeSet<>();
        for (TestOutcome outcome : results.outcomes()) {
            OptionalInt step = outcome.step();
            if (step.isEmpty()) {
                failures.add(String.format("%s: the test \"%s\" in %s needs a display name that starts "
                        + "\"Step N: \".", lab.id(), outcome.name(), outcome.testClass()));
            } else {
                steps.add(step.getAsInt());
            }
            if (outcome.passed()) {
                failures.add(String.format("%s: \"%s\" passes against the untouched stub. Every test must fail "
                        + "until the learner writes its step.", lab.id(), outcome.name()));
            } else if (outcome.result() == Result.SKIPPED && mode.embeddedBackend()) {
                failures.add(String.format("%s: \"%s\" was skipped (%s). Lab tests are never disabled.", lab.id(),
                        outcome.name(), outcome.message()));
            }
        }
        Set<Integer> documented = readmeSteps();
        steps.removeAll(documented);
        for (int step : steps) {
            failures.add(String.format("%s: README.adoc has no heading \"Step %d: ...\" for the tests of step %d.",
                    lab.id(), step, step));
        }
        return failures;
    }

    private Set<Integer> readmeSteps() {
        Set<Integer> steps = new TreeSet<>();
        if (!Files.isRegularFile(lab.readme())) {
            return steps;
        }
        try (Stream<String> lines = Files.lines(lab.readme())) {
            lines.map(STEP_HEADING::matcher).filter(Matcher::matches)
                    .forEach(matcher -> steps.add(Integer.parseInt(matcher.group(1))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return steps;
    }
}
