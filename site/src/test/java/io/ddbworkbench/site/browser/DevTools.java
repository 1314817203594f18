package io.ddbworkbench.site.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A minimal client of the Chrome DevTools protocol over the JDK's own WebSocket: commands get their answer as
 * a future, events go to listeners. Enough to drive Chromium without Playwright or Selenium downloads.
 */
final class DevTools implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: on a busy 2-core machine a full-page screenshot can take many seconds. */
    private static final long COMMAND_TIMEOUT_SECONDS = 90;

    private final WebSocket socket;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

    private DevTools(WebSocket socket) {
        this.socket = socket;
    }

    static DevTools connect(URI browserEndpoint) {
        Receiver receiver = new Receiver();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(browserEndpoint, receiver)
                .join();
        DevTools devTools = new DevTools(socket);
        receiver.owner = devTools;
        return devTools;
    }

    /** Sends a command (to a page session when {@code sessionId} is not null) and waits for its result. */
    JsonNode call(String sessionId, String method, Map<String, ?> params) {
        long id = nextId.getAndIncrement();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        synchronized (socket) {
            socket.sendText(message.toString(), true).join();
        }
        try {
            JsonNode reply = answer.get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
    }

    void onEvent(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<JsonNode> listener) {
        listeners.remove(listener);
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("DevTools sent something that is not JSON: " + text, e);
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.get("id").asLong());
            if (answer != null) {
                answer.complete(message);
            }
        } else {
            listeners.forEach(listener -> listener.accept(message));
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS)
                .exceptionally(failure -> null).join();
    }

    /** Joins text frames into whole messages (screenshots arrive in many frames). */
    private static final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile DevTools owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                owner.dispatch(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
