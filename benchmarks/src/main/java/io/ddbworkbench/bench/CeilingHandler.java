package io.ddbworkbench.bench;

import io.ddbworkbench.engine.protocol.WireHandler;
import io.ddbworkbench.engine.protocol.WireRequest;
import io.ddbworkbench.engine.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Answers {@code {}} to everything: behind the same HTTP server as the engine it shows the most any engine
 * could reach there, so the engine's figure can be read as a share of it.
 */
final class CeilingHandler implements WireHandler {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/x-amz-json-1.0");

    @Override
    public WireResponse handle(WireRequest request) {
        return new WireResponse(200, HEADERS, EMPTY_OBJECT);
    }

    @Override
    public WireResponse refuseOversized(WireRequest head) {
        return new WireResponse(413, HEADERS, EMPTY_OBJECT);
    }
}
