package io.ddbworkbench.engine.protocol;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which browser origins may call the engine, as DynamoDB Local's {@code -cors} flag: a list of origins, or
 * {@code *} for any. The engine answers no cross-origin request unless told to, because a page on any web site
 * could otherwise read and write the local tables.
 */
final class CorsPolicy {
    static final String ANY_ORIGIN = "*";
    private static final long PREFLIGHT_MAX_AGE_SECONDS = 172_800;
    private static final String EXPOSED_HEADERS = "x-amzn-RequestId,x-amz-crc32";

    private final Set<String> allowedOrigins;

    CorsPolicy(List<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** The Access-Control-Allow-Origin value for a request, or null when it gets no CORS headers. */
    private String allowOrigin(WireRequest request) {
        String origin = request.header("Origin");
        if (origin == null || allowedOrigins.isEmpty()) {
            return null;
        }
        if (allowedOrigins.contains(ANY_ORIGIN)) {
            return ANY_ORIGIN;
        }
        return allowedOrigins.contains(origin) ? origin : null;
    }

    /** Whether the request is a preflight this policy answers. */
    boolean isPreflight(WireRequest request) {
        return "OPTIONS".equals(request.method()) && allowOrigin(request) != null;
    }

    /** Adds the headers every answer to an allowed origin carries. */
    void decorate(WireRequest request, Map<String, String> headers) {
        String allowed = allowOrigin(request);
        if (allowed == null) {
            return;
        }
        headers.put("Access-Control-Allow-Origin", allowed);
        headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        if (!ANY_ORIGIN.equals(allowed)) {
            headers.put("Vary", "Origin");
        }
    }

    /** Adds the preflight grants: the requested headers and method are echoed, as the service does. */
    void decoratePreflight(WireRequest request, Map<String, String> headers) {
        String requestedHeaders = request.header("Access-Control-Request-Headers");
        if (requestedHeaders != null) {
            headers.put("Access-Control-Allow-Headers", requestedHeaders);
        }
        String requestedMethod = request.header("Access-Control-Request-Method");
        if (requestedMethod != null) {
            headers.put("Access-Control-Allow-Methods", requestedMethod);
        }
        headers.put("Access-Control-Max-Age", Long.toString(PREFLIGHT_MAX_AGE_SECONDS));
    }
}
