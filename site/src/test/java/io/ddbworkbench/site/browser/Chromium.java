package io.ddbworkbench.site.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import java.util.stream.Stream;

/**
 * A headless Chromium started for one check, with a fresh profile and every background download switched
 * off, driven over the DevTools protocol. Closing it ends the process and deletes the profile.
 */
final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final List<String> CANDIDATES = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    private final Process process;
    private final Path profile;
    private final DevTools devTools;

    private Chromium(Process process, Path profile, DevTools devTools) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
    }

    /** The browser to use: {@code -Dsite.browser=PATH} or the first Chromium found in the usual places. */
    private static Optional<Path> locate() {
        String configured = System.getProperty("site.browser", System.getenv("SITE_BROWSER"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * The browser, or a skipped test without one on a developer's machine; in CI (environment {@code CI=true})
     * or with {@code -Dsite.browser.required=true} a missing browser fails, so CI can never pass without looking.
     */
    static Path locateOrSkip() {
        Optional<Path> browser = locate();
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
                || Boolean.getBoolean("site.browser.required");
        if (browser.isEmpty() && required) {
            throw new AssertionError("No Chromium found: install it (Debian: apt-get install -y chromium) "
                    + "or point -Dsite.browser at one.");
        }
        Assumptions.assumeTrue(browser.isPresent(),
                "No Chromium found: the browser check is skipped (apt-get install -y chromium)");
        return browser.get();
    }

    static Chromium start(Path executable) throws IOException {
        Path profile = Files.createTempDirectory("site-check-chromium");
        List<String> command = List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, output, endpoint), "chromium-output");
        reader.setDaemon(true);
        reader.start();
        try {
            URI browser = endpoint.get(30, TimeUnit.SECONDS);
            return new Chromium(process, profile, DevTools.connect(browser));
        } catch (Exception e) {
            process.destroyForcibly();
            deleteProfile(profile);
            synchronized (output) {
                throw new IllegalStateException("Chromium did not start. Its output:\n" + String.join("\n", output), e);
            }
        }
    }

    private static void readOutput(Process process, List<String> output, CompletableFuture<URI> endpoint) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    endpoint.complete(URI.create(listening.group(1)));
                }
            }
            endpoint.completeExceptionally(new IllegalStateException("Chromium exited"));
        } catch (IOException e) {
            endpoint.completeExceptionally(e);
        }
    }

    DevTools devTools() {
        return devTools;
    }

    @Override
    public void close() {
        try {
            devTools.call(null, "Browser.close", java.util.Map.of());
        } catch (RuntimeException alreadyGone) {
            // The browser may close the socket before it answers; the process wait below is what matters.
        }
        devTools.close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteProfile(profile);
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
