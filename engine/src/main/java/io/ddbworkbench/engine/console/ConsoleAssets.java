package io.ddbworkbench.engine.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page, its stylesheet, script and icon, read once from the classpath. Only these names are served, so a
 * request path can never reach any other resource of the jar.
 */
final class ConsoleAssets {
    static final String PAGE = "index.html";
    private static final Map<String, String> TYPES = Map.of(
            PAGE, "text/html; charset=utf-8",
            "console.css", "text/css; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, ConsoleAnswer> assets = new LinkedHashMap<>();

    ConsoleAssets() {
        TYPES.forEach((name, type) -> assets.put(name, ConsoleAnswer.asset(type, read(name))));
    }

    /** The asset of that name, or null when there is none. */
    ConsoleAnswer get(String name) {
        return assets.get(name);
    }

    private static byte[] read(String name) {
        try (InputStream in = ConsoleAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the console's " + name, e);
        }
    }
}
