package io.ddbworkbench.engine.protocol;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as either door hands it to the engine. Header names are case-insensitive; {@code path} and
 * {@code query} are raw (still percent-encoded), as signatures are computed over them.
 */
public record WireRequest(String method, String path, String query, Map<String, String> headers, byte[] body) {

    public WireRequest {
        headers = caseInsensitive(headers);
        query = query == null ? "" : query;
    }

    /** A request without a query string, the usual shape of a DynamoDB call. */
    public WireRequest(String method, String path, Map<String, String> headers, byte[] body) {
        this(method, path, "", headers, body);
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** A header's values as one, comma-separated as HTTP combines repeated headers. */
    static String joined(List<String> values) {
        return values.size() == 1 ? values.get(0) : String.join(",", values);
    }

    /** The doors hand over a case-insensitive TreeMap already, which TreeMap copies in linear time. */
    private static Map<String, String> caseInsensitive(Map<String, String> headers) {
        TreeMap<String, String> normalised = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        normalised.putAll(headers);
        return Collections.unmodifiableSortedMap(normalised);
    }
}
