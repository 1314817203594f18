package io.ddbworkbench.labkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells an untouched stub from one a learner has started, without git: the lab's {@code stub.sha256} records a
 * SHA-256 for every file of the stub as shipped ({@code ./lab seal N} writes it). Line endings are ignored, so
 * a checkout that turned LF into CRLF still counts as untouched.
 */
final class StubFingerprint {
    private static final String HEADER = "# The stub as shipped. Written by ./lab seal; the lab checker compares "
            + "src/main/java with it.\n";

    /** Where a stub stands against its recorded fingerprint. */
    enum State {
        /** Exactly as shipped: every test must fail against it. */
        UNTOUCHED,
        /** Changed since it was sealed: a learner at work (or an author who forgot to reseal). */
        CHANGED,
        /** No fingerprint recorded yet: a lab being written. */
        UNSEALED
    }

    private StubFingerprint() {
    }

    static State state(Lab lab) {
        Path recorded = lab.fingerprintFile();
        if (!Files.isRegularFile(recorded)) {
            return State.UNSEALED;
        }
        try {
            return Files.readString(recorded).equals(of(lab.stubSources())) ? State.UNTOUCHED : State.CHANGED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records the stub as it is now as the shipped one. */
    static void seal(Lab lab) {
        try {
            Files.writeString(lab.fingerprintFile(), of(lab.stubSources()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per file, {@code <sha256>  <path relative to the source root>}, sorted by path. */
    static String of(Path sourceRoot) {
        if (!Files.isDirectory(sourceRoot)) {
            return HEADER;
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            List<Path> stubFiles = files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(file -> relativeName(sourceRoot, file)))
                    .toList();
            return stubFiles.stream()
                    .map(file -> sha256(file) + "  " + relativeName(sourceRoot, file) + "\n")
                    .collect(Collectors.joining("", HEADER, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String sha256(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
