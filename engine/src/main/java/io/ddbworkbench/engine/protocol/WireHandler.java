package io.ddbworkbench.engine.protocol;

/**
 * What a door hands requests to. The network door reads bodies only up to {@link #MAX_BODY_BYTES}; a larger one
 * is answered through {@link #refuseOversized} without being buffered.
 */
public interface WireHandler {
    /** The service refuses request bodies larger than 16 MB. */
    int MAX_BODY_BYTES = 16 * 1024 * 1024;

    WireResponse handle(WireRequest request);

    /** Answers a request whose body is over the limit; {@code head} has an empty body, the rest was not read. */
    WireResponse refuseOversized(WireRequest head);
}
