package io.ddbworkbench.labkit;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The labkit's command line, used by each lab's build and by the {@code ./lab} script.
 *
 * <pre>
 * check &lt;lab folder&gt; &lt;strict: true|false&gt;   after a lab's tests: summary, and the rules of {@link LabCheck}
 * progress &lt;labs folder&gt;                    the table of every lab
 * seal &lt;lab folder&gt;                         record the stub as shipped (lab authors)
 * </pre>
 *
 * A failed check throws {@link LabCheckFailed} rather than exiting, because the lab build runs it inside
 * Maven's own JVM (exec:java).
 */
public final class LabKit {
    private LabKit() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "check" -> check(Path.of(argument(args, 1)), Boolean.parseBoolean(argument(args, 2)));
            case "progress" -> System.out.print(ProgressTable.of(Lab.all(Path.of(argument(args, 1)))));
            case "seal" -> seal(new Lab(Path.of(argument(args, 1))));
            default -> throw new IllegalArgumentException(
                    "Usage: LabKit check <lab folder> <strict> | progress <labs folder> | seal <lab folder>");
        }
    }

    private static void check(Path labDir, boolean strict) {
        LabCheck.Mode mode = new LabCheck.Mode(strict, "true".equalsIgnoreCase(System.getenv("CI")),
                embeddedBackend());
        LabCheck.Verdict verdict = new LabCheck(new Lab(labDir), mode).run();
        System.out.print(verdict.report());
        System.out.flush();
        if (!verdict.passed()) {
            throw new LabCheckFailed(verdict.failures());
        }
    }

    /** The testkit's switch, read the same way: the system property wins over the environment. */
    private static boolean embeddedBackend() {
        String backend = System.getProperty("ddb.backend", System.getenv().getOrDefault("DDB_BACKEND", "embedded"));
        return backend.isBlank() || backend.strip().toLowerCase(Locale.ROOT).equals("embedded");
    }

    private static void seal(Lab lab) {
        StubFingerprint.seal(lab);
        System.out.printf("Sealed %s: %s now records its stub as shipped.%n", lab.id(),
                lab.dir().relativize(lab.fingerprintFile()));
    }

    private static String argument(String[] args, int index) {
        if (args.length <= index) {
            throw new IllegalArgumentException("LabKit " + String.join(" ", args) + ": missing argument " + index);
        }
        return args[index];
    }
}
