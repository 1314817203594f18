package io.ddbworkbench.engine.protocol;

import java.util.Map;

/** An HTTP response from the engine, for either door to send. */
public record WireResponse(int status, Map<String, String> headers, byte[] body) {
}
