package io.ddbworkbench.site.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One browser tab at a fixed viewport width: loads a page (from disk, or from a local server such as the
 * engine's console), records console errors, failed loads, script dialogs and any request that leaves the page's
 * own origin, measures the page's width, lists its links, images and anchors, and saves a full-page screenshot.
 * A page that draws itself with a script is inspected once a condition says it is ready, also after each action
 * a test performs in it.
 */
final class PageInspector implements AutoCloseable {
    /** Screenshots stop at this height: long chapters stay legible and the files stay small. */
    private static final int MAX_SCREENSHOT_HEIGHT = 16_000;
    private static final String MEASURE = """
            (() => {
              const vw = %d; // the emulated screen: a phone shrinks wide pages to fit, so innerWidth would grow
              const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className.trim()
                      ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                  + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)';
              const root = document.documentElement;
              const offenders = root.scrollWidth > vw
                  ? [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > vw + 1)
                      .filter(e => !(e.parentElement && e.parentElement.getBoundingClientRect().right > vw + 1))
                      .slice(0, 8).map(describe)
                  : [];
              return JSON.stringify({
                scrollWidth: root.scrollWidth,
                viewportWidth: vw,
                height: root.scrollHeight,
                overflowing: offenders,
                links: [...document.querySelectorAll('a[href]')].map(a => a.href),
                brokenImages: [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src),
                imagesWithoutAlt: [...document.images].filter(i => !(i.getAttribute('alt') || '').trim())
                    .map(i => i.src),
                ids: [...document.querySelectorAll('[id]')].map(e => e.id)
                    .concat([...document.querySelectorAll('a[name]')].map(a => a.name))
              });
            })()""";

    private final DevTools devTools;
    private final String targetId;
    private final String sessionId;
    private final int width;
    private final Consumer<JsonNode> listener = this::onEvent;
    private final Map<String, String> requestUrls = new ConcurrentHashMap<>();
    private volatile Visit visit;

    /** How often a readiness condition is checked, and for how long at most. */
    private static final long POLL_MILLIS = 100;
    private static final long READY_TIMEOUT_SECONDS = 20;
    private static final List<String> LOCAL_SCHEMES = List.of("file", "data", "about", "blob");

    /** What one page load or action has seen so far; events land here meanwhile. */
    private static final class Visit {
        final CompletableFuture<Void> loaded = new CompletableFuture<>();
        final List<String> consoleErrors = new ArrayList<>();
        final List<String> outside = new ArrayList<>();
        final List<String> failedLoads = new ArrayList<>();
        /** The origin requests may go to besides local schemes: the served page's own, or null for a file. */
        final String origin;

        Visit(URI page) {
            origin = page.getScheme().startsWith("http") ? page.getScheme() + "://" + page.getRawAuthority() + "/"
                    : null;
        }

        boolean isOutside(String url) {
            String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')) : "";
            return !LOCAL_SCHEMES.contains(scheme) && (origin == null || !url.startsWith(origin));
        }
    }

    PageInspector(DevTools devTools, int width, int height) {
        this.devTools = devTools;
        this.width = width;
        this.targetId = devTools.call(null, "Target.createTarget", Map.of("url", "about:blank"))
                .get("targetId").asText();
        this.sessionId = devTools.call(null, "Target.attachToTarget", Map.of("targetId", targetId, "flatten", true))
                .get("sessionId").asText();
        devTools.onEvent(listener);
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            devTools.call(sessionId, domain + ".enable", Map.of());
        }
        devTools.call(sessionId, "Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    PageReport inspect(Path page, Path screenshot) throws IOException {
        return open(page.toUri(), "true", screenshot);
    }

    /** Loads the page, waits until the script expression {@code readyWhen} is true, then inspects it. */
    PageReport open(URI page, String readyWhen, Path screenshot) throws IOException {
        Visit current = new Visit(page);
        visit = current;
        requestUrls.clear();
        devTools.call(sessionId, "Page.navigate", Map.of("url", page.toString()));
        try {
            current.loaded.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Page did not finish loading: " + page, e);
        }
        awaitTrue(readyWhen);
        return report(current, screenshot);
    }

    /**
     * Runs {@code script} in the loaded page (a click, a form filled in), waits until {@code readyWhen} is true,
     * then inspects the page as it is now.
     */
    PageReport act(String script, String readyWhen, Path screenshot) throws IOException {
        Visit current = new Visit(URI.create(evaluate("location.href")));
        current.loaded.complete(null);
        visit = current;
        evaluate(script);
        awaitTrue(readyWhen);
        return report(current, screenshot);
    }

    /** The value of a script expression in the page, as text. */
    String evaluate(String expression) {
        JsonNode result = devTools.call(sessionId, "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("The page could not evaluate " + expression + ": "
                    + result.path("exceptionDetails").path("exception").path("description").asText());
        }
        return result.path("result").path("value").asText();
    }

    private void awaitTrue(String condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        while (!"true".equals(evaluate("Boolean(" + condition + ")"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The page was not ready within " + READY_TIMEOUT_SECONDS
                        + " s: " + condition + " stayed false at " + evaluate("location.href"));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + condition, e);
            }
        }
    }

    private PageReport report(Visit current, Path screenshot) throws IOException {
        URI page = URI.create(evaluate("location.href"));
        JsonNode measured = DevTools.JSON.readTree(evaluate(MEASURE.formatted(width)));
        saveScreenshot(screenshot, Math.min(measured.get("height").asInt(), MAX_SCREENSHOT_HEIGHT));
        synchronized (current) {
            return new PageReport(page, measured.get("viewportWidth").asInt(), measured.get("scrollWidth").asInt(),
                    strings(measured.get("overflowing")), List.copyOf(current.consoleErrors),
                    List.copyOf(current.outside), List.copyOf(current.failedLoads),
                    strings(measured.get("brokenImages")), strings(measured.get("imagesWithoutAlt")),
                    strings(measured.get("links")), new LinkedHashSet<>(strings(measured.get("ids"))));
        }
    }

    private void saveScreenshot(Path screenshot, int height) throws IOException {
        // Inspectors share one browser, one tab each: headless Chromium may never paint a frame for a tab left
        // in the background, and the capture then waits for it forever. The front tab always paints.
        devTools.call(sessionId, "Page.bringToFront", Map.of());
        Map<String, Object> clip = new HashMap<>(Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1));
        String png = devTools.call(sessionId, "Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true, "clip", clip)).get("data").asText();
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, Base64.getDecoder().decode(png));
    }

    private void onEvent(JsonNode event) {
        Visit current = visit;
        if (current == null || !sessionId.equals(event.path("sessionId").asText())) {
            return;
        }
        JsonNode params = event.path("params");
        synchronized (current) {
            switch (event.path("method").asText()) {
                case "Page.loadEventFired" -> current.loaded.complete(null);
                case "Runtime.consoleAPICalled" -> {
                    String type = params.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        current.consoleErrors.add("console." + type + ": " + params.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> current.consoleErrors.add("uncaught: "
                        + params.path("exceptionDetails").path("exception").path("description").asText(
                                params.path("exceptionDetails").path("text").asText()));
                case "Log.entryAdded" -> {
                    JsonNode entry = params.path("entry");
                    if (entry.path("level").asText().equals("error")) {
                        current.consoleErrors.add(entry.path("text").asText() + " " + entry.path("url").asText(""));
                    }
                }
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    requestUrls.put(params.path("requestId").asText(), url);
                    if (current.isOutside(url)) {
                        current.outside.add(url);
                    }
                }
                case "Page.javascriptDialogOpening" -> {
                    current.consoleErrors.add("a script opened a " + params.path("type").asText() + " dialog: "
                            + params.path("message").asText());
                    // Answered off the event thread, which must stay free to deliver the reply.
                    CompletableFuture.runAsync(() -> devTools.call(sessionId, "Page.handleJavaScriptDialog",
                            Map.of("accept", false)));
                }
                case "Network.loadingFailed" -> current.failedLoads.add(params.path("errorText").asText() + " "
                        + requestUrls.getOrDefault(params.path("requestId").asText(), "?"));
                default -> {
                }
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Override
    public void close() {
        devTools.removeListener(listener);
        devTools.call(null, "Target.closeTarget", Map.of("targetId", targetId));
    }
}
