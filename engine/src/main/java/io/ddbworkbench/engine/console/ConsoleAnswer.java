package io.ddbworkbench.engine.console;

import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One answer of the console, for the network door to send. Every answer carries headers that keep a browser
 * from running anything the console did not ship itself, so a value stored in a table can never become
 * script, whatever it contains.
 */
public record ConsoleAnswer(int status, String contentType, byte[] body, Map<String, String> headers) {
    private static final String JSON = "application/json; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final Map<String, String> HARDENING = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                    + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; "
                    + "frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store");

    public ConsoleAnswer {
        headers = Map.copyOf(headers);
    }

    static ConsoleAnswer json(int status, JsonObject json) {
        return new ConsoleAnswer(status, JSON, JsonWriter.toBytes(json), HARDENING);
    }

    static ConsoleAnswer text(int status, String text) {
        return new ConsoleAnswer(status, TEXT, text.getBytes(StandardCharsets.UTF_8), HARDENING);
    }

    static ConsoleAnswer asset(String contentType, byte[] body) {
        return new ConsoleAnswer(200, contentType, body, HARDENING);
    }
}
