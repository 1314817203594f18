package io.ddbworkbench.labkit;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test's result as Surefire recorded it, named by its display name ("Step 3: ...").
 *
 * @param testClass the test class's binary name
 * @param name the display name
 * @param result how it ended
 * @param message the first line of the failure (empty when it passed)
 */
record TestOutcome(String testClass, String name, Result result, String message) {
    private static final Pattern STEP = Pattern.compile("^Step (\\d+): \\S.*");

    /** How a test ended, in the words a learner needs. */
    enum Result {
        PASSED("PASS"),
        /** Failed because the stub still throws {@link NotDoneYet}: the step is not started. */
        NOT_DONE("TODO"),
        FAILED("FAIL"),
        SKIPPED("SKIP");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** The step number from a display name such as "Step 3: ...", if the name follows the convention. */
    OptionalInt step() {
        Matcher matcher = STEP.matcher(name);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    boolean passed() {
        return result == Result.PASSED;
    }
}
