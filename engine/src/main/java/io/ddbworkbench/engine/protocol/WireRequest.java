package io.ddbworkbench.engine.protocol;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An HTTP request as either door hands it to the engine. Header names are case-insensitive. */
public record WireRequest(String method, String path, Map<String, String> headers, byte[] body) {

    public WireRequest {
        TreeMap<String, String> normalised = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        normalised.putAll(headers);
        headers = normalised;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
