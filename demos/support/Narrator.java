package support;

import io.ddbworkbench.toolkit.error.DynamoDbFailure;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Tells a learner what a demo does, as numbered steps: what is done, why, the essentials of the request and
 * what came back. Steps are numbered across everything said through one narrator, so the Tour can run
 * several demos' steps as one story.
 */
public final class Narrator {
    private static final int WIDTH = 100;
    private static final String INDENT = "   ";
    private static final String REQUEST = INDENT + "Request: ";
    private static final String RESULT = INDENT + "Result:  ";

    private final PrintStream out;
    private int step;
    private int part;

    public Narrator(PrintStream out) {
        this.out = out;
    }

    /** The demo's banner, and which DynamoDB it talks to. */
    public void title(String title, String backendDescription) {
        out.println("=".repeat(Math.min(WIDTH, title.length() + 6)));
        out.println("== " + title + " ==");
        out.println("=".repeat(Math.min(WIDTH, title.length() + 6)));
        out.println("Backend: " + backendDescription);
    }

    /** A numbered part of a longer story (the Tour's chapters). */
    public void part(String title) {
        part++;
        out.println();
        out.println("-- Part " + part + ". " + title + " " + "-".repeat(Math.max(3, WIDTH - title.length() - 12)));
    }

    /** Starts the next numbered step. */
    public void step(String what) {
        step++;
        out.println();
        out.println(step + ". " + what);
    }

    /** Why the step matters: the DynamoDB idea behind it, wrapped to the page. */
    public void why(String text) {
        wrap(text, INDENT, INDENT);
    }

    /** The essentials of the request being sent (operation, key, expression), continued on more lines. */
    public void request(String text, String... continued) {
        out.println(REQUEST + text);
        for (String line : continued) {
            out.println(" ".repeat(REQUEST.length() + 2) + line);
        }
    }

    /** What came back, in one line. */
    public void result(String text) {
        out.println(RESULT + text);
    }

    /** One item that came back. */
    public void item(Map<String, AttributeValue> item) {
        result(ItemText.of(item));
    }

    /** Several items that came back, one per line, after a count. */
    public void items(Collection<Map<String, AttributeValue>> items) {
        result(items.size() == 1 ? "1 item" : items.size() + " items");
        for (Map<String, AttributeValue> item : items) {
            out.println(" ".repeat(RESULT.length()) + "- " + ItemText.of(item));
        }
    }

    /** Lines of a small table or list, under the result. */
    public void lines(Collection<String> lines) {
        for (String line : lines) {
            out.println(" ".repeat(RESULT.length()) + line);
        }
    }

    /** A remark that is not a request or a result (what to notice, what differs on other backends). */
    public void note(String text) {
        wrap("Note: " + text, INDENT, INDENT + "      ");
    }

    /**
     * Sends a request that must fail and tells how it failed.
     *
     * @throws IllegalStateException when the request succeeded after all (the demo's premise is wrong)
     */
    public DynamoDbFailure failureOf(Runnable request) {
        try {
            request.run();
        } catch (DynamoDbFailure failure) {
            failure(failure);
            return failure;
        }
        throw new IllegalStateException("this request was expected to fail, but it succeeded");
    }

    /** An error the step provoked on purpose: the service's words, then the toolkit's hint. */
    public void failure(DynamoDbFailure failure) {
        out.println(RESULT + failure.errorCode());
        wrap("\"" + serviceMessage(failure) + "\"", " ".repeat(RESULT.length()), " ".repeat(RESULT.length()));
        wrap("Hint: " + failure.hint(), INDENT, INDENT + "      ");
    }

    /** The end of a demo that ran to completion. */
    public void done() {
        out.println();
        out.println("Done: " + step + (step == 1 ? " step" : " steps") + " completed.");
    }

    /** The end of a demo that stopped on a failure it did not expect. */
    public void stopped(RuntimeException failure) {
        out.println();
        if (failure instanceof DynamoDbFailure) {
            DynamoDbFailure service = (DynamoDbFailure) failure;
            out.println("The demo stopped at step " + step + ": " + service.errorCode());
            wrap("\"" + serviceMessage(service) + "\"", INDENT, INDENT);
            wrap("Hint: " + service.hint(), INDENT, INDENT + "      ");
        } else {
            out.println("The demo stopped at step " + step + ": " + failure);
        }
    }

    /** The message exactly as the service (or the client) gave it, without the hint the toolkit appended. */
    private static String serviceMessage(DynamoDbFailure failure) {
        if (failure.getCause() instanceof AwsServiceException) {
            AwsServiceException cause = (AwsServiceException) failure.getCause();
            if (cause.awsErrorDetails() != null && cause.awsErrorDetails().errorMessage() != null) {
                return cause.awsErrorDetails().errorMessage();
            }
        }
        return failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage();
    }

    /** Prints {@code text} word-wrapped to the page width; the first line has its own indent. */
    private void wrap(String text, String firstIndent, String nextIndent) {
        String indent = firstIndent;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > WIDTH) {
                out.println(indent + line);
                indent = nextIndent;
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(indent + line);
    }
}
