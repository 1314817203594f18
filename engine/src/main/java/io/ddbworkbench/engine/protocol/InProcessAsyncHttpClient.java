package io.ddbworkbench.engine.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * The in-process door for the SDK's asynchronous clients ({@code DynamoDbAsyncClient}, the enhanced async
 * client): it collects the request body the SDK publishes, hands it to the engine, and publishes the answer
 * back as a single buffer. No socket and no event loop, yet the SDK marshals, signs and checks CRC32 as it
 * would over the network.
 */
public final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {
    private final Function<WireRequest, WireResponse> engine;

    public InProcessAsyncHttpClient(Function<WireRequest, WireResponse> engine) {
        this.engine = engine;
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        request.requestContentPublisher().subscribe(new BodyCollector(body -> {
            try {
                WireResponse response = engine.apply(toWire(request.request(), body));
                SdkHttpResponse.Builder head = SdkHttpResponse.builder().statusCode(response.status());
                response.headers().forEach(head::putHeader);
                head.putHeader("Content-Length", Integer.toString(response.body().length));
                request.responseHandler().onHeaders(head.build());
                request.responseHandler().onStream(new SingleBufferPublisher(response.body(), done));
            } catch (RuntimeException e) {
                failBoth(request, done, e);
            }
        }, error -> failBoth(request, done, error)));
        return done;
    }

    private static void failBoth(AsyncExecuteRequest request, CompletableFuture<Void> done, Throwable error) {
        request.responseHandler().onError(error);
        done.completeExceptionally(error);
    }

    private static WireRequest toWire(SdkHttpRequest http, byte[] body) {
        Map<String, String> headers = http.headers().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, header -> String.join(",", header.getValue())));
        return new WireRequest(http.method().name(), http.encodedPath(), headers, body);
    }

    @Override
    public String clientName() {
        return "DynamoDbWorkbenchInProcessAsync";
    }

    @Override
    public void close() {
        // Owned by the engine; closing the SDK client must not stop the engine.
    }

    /** Gathers every buffer of the request body, then hands over the whole body once. */
    private static final class BodyCollector implements Subscriber<ByteBuffer> {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final Consumer<byte[]> onBody;
        private final Consumer<Throwable> onFailure;

        BodyCollector(Consumer<byte[]> onBody, Consumer<Throwable> onFailure) {
            this.onBody = onBody;
            this.onFailure = onFailure;
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(ByteBuffer buffer) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            body.writeBytes(chunk);
        }

        @Override
        public void onError(Throwable error) {
            onFailure.accept(error);
        }

        @Override
        public void onComplete() {
            onBody.accept(body.toByteArray());
        }
    }

    /**
     * Publishes the response body as one buffer on the first demand, then completes; the call counts as done
     * once the SDK has been handed the whole body (or has cancelled).
     */
    private static final class SingleBufferPublisher implements Publisher<ByteBuffer> {
        private final byte[] body;
        private final CompletableFuture<Void> done;

        SingleBufferPublisher(byte[] body, CompletableFuture<Void> done) {
            this.body = body;
            this.done = done;
        }

        @Override
        public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
            AtomicBoolean finished = new AtomicBoolean();
            subscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {
                    if (finished.get()) {
                        return;
                    }
                    if (n <= 0) {
                        finished.set(true);
                        IllegalArgumentException error =
                                new IllegalArgumentException("Reactive Streams §3.9: demand must be positive, was "
                                        + n);
                        subscriber.onError(error);
                        done.completeExceptionally(error);
                        return;
                    }
                    if (finished.compareAndSet(false, true)) {
                        if (body.length > 0) {
                            subscriber.onNext(ByteBuffer.wrap(body).asReadOnlyBuffer());
                        }
                        subscriber.onComplete();
                        done.complete(null);
                    }
                }

                @Override
                public void cancel() {
                    if (finished.compareAndSet(false, true)) {
                        done.complete(null);
                    }
                }
            });
        }
    }
}
