package io.ddbworkbench.engine.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The in-process door: an SDK HTTP client that hands each request straight to the engine, with no socket,
 * no port and no serialisation beyond the JSON the SDK produces anyway. The SDK still signs, marshals and
 * checks the CRC32 exactly as it would over the network, so tests exercise the real wire format.
 */
public final class InProcessHttpClient implements SdkHttpClient {
    private final WireHandler engine;

    public InProcessHttpClient(WireHandler engine) {
        this.engine = engine;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                WireResponse response = engine.handle(toWire(request));
                SdkHttpResponse.Builder head = SdkHttpResponse.builder().statusCode(response.status());
                response.headers().forEach(head::putHeader);
                head.putHeader("Content-Length", Integer.toString(response.body().length));
                return HttpExecuteResponse.builder()
                        .response(head.build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
                        .build();
            }

            @Override
            public void abort() {
                // The call runs synchronously on the caller's thread; there is nothing in flight to cancel.
            }
        };
    }

    private static WireRequest toWire(HttpExecuteRequest request) {
        SdkHttpRequest http = request.httpRequest();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : http.headers().entrySet()) {
            headers.put(header.getKey(), WireRequest.joined(header.getValue()));
        }
        byte[] body = request.contentStreamProvider()
                .map(provider -> readAll(provider.newStream()))
                .orElse(new byte[0]);
        return new WireRequest(http.method().name(), http.encodedPath(),
                http.encodedQueryParameters().orElse(""), headers, body);
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String clientName() {
        return "DynamoDbWorkbenchInProcess";
    }

    @Override
    public void close() {
        // Owned by the engine; closing the SDK client must not stop the engine.
    }
}
