package io.ddbworkbench.labkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The labkit's command line, used by each lab's build and by the {@code ./lab} script.
 *
 * <pre>
 * check &lt;lab folder&gt; &lt;strict: true|false&gt;   after a lab's tests: summary, and the rules of {@link LabCheck}
 * progress &lt;labs folder&gt;                    the table of every lab
 * seal &lt;lab folder&gt;                         record the stub as shipped (lab authors)
 * </pre>
 *
 * The lab build runs {@code check} in a JVM of its own (exec:exec), so a failed check exits with status 1 and
 * what it printed is all that shows. It also writes its report to {@code target/lab-check.txt}, which
 * {@code ./lab N} shows instead of Maven's full output.
 */
public final class LabKit {
    private LabKit() {
    }

    public static void main(String[] args) throws IOException {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "check" -> check(Path.of(argument(args, 1)), Boolean.parseBoolean(argument(args, 2)));
            case "progress" -> System.out.print(ProgressTable.of(Lab.all(Path.of(argument(args, 1)))));
            case "seal" -> seal(new Lab(Path.of(argument(args, 1))));
            default -> throw new IllegalArgumentException(
                    "Usage: LabKit check <lab folder> <strict> | progress <labs folder> | seal <lab folder>");
        }
    }

    private static void check(Path labDir, boolean strict) throws IOException {
        Lab lab = new Lab(labDir);
        LabCheck.Mode mode = new LabCheck.Mode(strict, "true".equalsIgnoreCase(System.getenv("CI")),
                embeddedBackend());
        LabCheck.Verdict verdict = new LabCheck(lab, mode).run();
        String newline = System.lineSeparator();
        String failures = verdict.failures().stream()
                .map(failure -> "  - " + failure + newline)
                .collect(Collectors.joining("", newline + "The lab check failed:" + newline, ""));
        String printed = verdict.report() + (verdict.passed() ? "" : failures);
        Files.createDirectories(lab.checkReport().getParent());
        Files.writeString(lab.checkReport(), printed);
        System.out.print(printed);
        System.out.flush();
        if (!verdict.passed()) {
            System.exit(1);
        }
    }

    /** The testkit's switch, read the same way: a system property wins over the environment. */
    private static boolean embeddedBackend() {
        String property = System.getProperty("ddb.backend", "");
        String backend = property.isBlank() ? System.getenv().getOrDefault("DDB_BACKEND", "") : property;
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
