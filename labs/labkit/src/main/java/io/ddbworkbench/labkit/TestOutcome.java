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
 * @param message why it did not pass, as many lines as the assertion wrote (empty when it passed)
 * @param location where in the test it failed, like {@code AccountsTest.java:174} (empty if unknown)
 */
record TestOutcome(String testClass, String name, Result result, String message, String location) {
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

    /** The first line of {@link #message}: enough for a list. */
    String headline() {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    boolean passed() {
        return result == Result.PASSED;
    }
}
