//DEPS org.slf4j:slf4j-simple:1.7.36
package support;

import io.ddbworkbench.toolkit.connect.Settings;
import io.ddbworkbench.toolkit.error.DynamoDbFailure;
import io.ddbworkbench.toolkit.error.ErrorHints;
import java.io.PrintStream;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs a demo on the backend the switch selects and prints it for a learner. A failure the demo did not
 * expect (from the toolkit or from a plain SDK call) ends it with the service's message and the toolkit's
 * hint, never with a stack trace: learners read this output. (A bug in a demo itself, anything but a
 * DynamoDB failure, also prints its stack trace, on standard error.)
 */
public final class Demo {
    /** What a demo does, told through the narrator. */
    @FunctionalInterface
    public interface Body {
        void run(Workbench bench, Narrator say);
    }

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Demo() {
    }

    /** A demo's {@code main}: runs it on standard output and exits with status 1 when it stopped early. */
    public static void main(String title, Body body) {
        if (!run(title, body, System.out, Settings.fromSystem())) {
            System.exit(1);
        }
    }

    /**
     * Runs the demo on the backend {@code settings} select, printing to {@code out}.
     *
     * @return false when it stopped on a failure (already told to the learner)
     */
    public static boolean run(String title, Body body, PrintStream out, Settings settings) {
        // The SDK's and Testcontainers' informational logging would drown the story; warnings still show.
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        Narrator say = new Narrator(out);
        Workbench opened;
        try {
            opened = Workbench.open(settings);
        } catch (IllegalArgumentException | IllegalStateException badSetting) {
            out.println("Cannot open the DynamoDB backend: " + badSetting.getMessage());
            return false;
        }
        try (Workbench bench = opened) {
            say.title(title, bench.describe());
            body.run(bench, say);
            say.done();
            return true;
        } catch (DynamoDbFailure failure) {
            say.stopped(failure);
            return false;
        } catch (SdkException failure) {
            say.stopped(ErrorHints.explain(failure));
            return false;
        } catch (RuntimeException bug) {
            say.stopped(bug);
            bug.printStackTrace();
            return false;
        }
    }
}
