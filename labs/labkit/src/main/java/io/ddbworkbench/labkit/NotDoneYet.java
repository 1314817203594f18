package io.ddbworkbench.labkit;

/**
 * Thrown by a lab's stub wherever the learner still has work to do. The message names the step, so the first
 * failing test points at the README section to read, and the lab checker can tell "not started" apart from
 * "started but wrong".
 *
 * <pre>{@code
 * public boolean register(String userId, String email) {
 *     throw new NotDoneYet("Step 1: register a user only if the id is free");
 * }
 * }</pre>
 */
public final class NotDoneYet extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    /** What the checker looks for in a failure to call the test "to do" rather than "failing". */
    static final String MARKER = "Not done yet: ";

    /** @param step the README step this code belongs to, written as "Step N: what to do" */
    public NotDoneYet(String step) {
        super(MARKER + step + " (the lab's README.adoc explains this step)");
    }
}
