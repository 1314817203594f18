package io.ddbworkbench.toolkit.query;

import io.ddbworkbench.toolkit.error.ErrorHints;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.pagination.sync.SdkIterable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Queries and scans, two ways: as a lazy stream over every page (the SDK's paginators fetch the next page only
 * when the stream gets there), or one page at a time with a {@link ResumeToken} for a web app's "next" link.
 * Also the parallel scan: N segments read side by side on a bounded pool of threads.
 */
public final class Reads {
    private final DynamoDbClient client;

    public Reads(DynamoDbClient client) {
        this.client = client;
    }

    /** Every matching item, page after page as the stream is consumed; a limit caps the total. */
    public Stream<Map<String, AttributeValue>> query(QuerySpec spec) {
        return lazily(() -> client.queryPaginator(spec.toRequest(null)).items(), spec.limit);
    }

    /**
     * One page of at most {@code limit} items read (before the filter).
     *
     * @param resumeToken {@code null} for the first page, else the token of the page before
     */
    public Page queryPage(QuerySpec spec, String resumeToken) {
        QueryResponse response = ErrorHints.call(() -> client.query(spec.toRequest(startKey(resumeToken))));
        return Page.of(response.items(), response.lastEvaluatedKey());
    }

    /** Every item of the table or index, lazily; a limit caps the total. */
    public Stream<Map<String, AttributeValue>> scan(ScanSpec spec) {
        return lazily(() -> client.scanPaginator(spec.toRequest(null, null, null)).items(), spec.limit);
    }

    /** One page of a scan; see {@link #queryPage}. */
    public Page scanPage(ScanSpec spec, String resumeToken) {
        ScanResponse response = ErrorHints.call(() -> client.scan(spec.toRequest(startKey(resumeToken), null, null)));
        return Page.of(response.items(), response.lastEvaluatedKey());
    }

    /**
     * Scans in {@code totalSegments} segments, at most {@code threads} at a time, handing every item to
     * {@code sink} (called from several threads at once: make it thread-safe). The limit, if any, applies to
     * each page. Returns how many items were handed over.
     */
    public long parallelScan(ScanSpec spec, int totalSegments, int threads,
                             Consumer<Map<String, AttributeValue>> sink) {
        if (totalSegments < 1 || threads < 1) {
            throw new IllegalArgumentException("segments and threads must be at least 1");
        }
        AtomicLong count = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, totalSegments), runnable -> {
            Thread thread = new Thread(runnable, "ddb-parallel-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> segments = new ArrayList<>();
            for (int segment = 0; segment < totalSegments; segment++) {
                int current = segment;
                segments.add(pool.submit(() -> client.scanPaginator(spec.toRequest(null, current, totalSegments))
                        .items().forEach(item -> {
                            sink.accept(item);
                            count.incrementAndGet();
                        })));
            }
            for (Future<?> segment : segments) {
                awaitSegment(segment);
            }
            return count.get();
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@link #parallelScan} into a list. */
    public List<Map<String, AttributeValue>> parallelScanAll(ScanSpec spec, int totalSegments, int threads) {
        List<Map<String, AttributeValue>> items = Collections.synchronizedList(new ArrayList<>());
        parallelScan(spec, totalSegments, threads, items::add);
        return new ArrayList<>(items);
    }

    private static void awaitSegment(Future<?> segment) {
        try {
            segment.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a scan segment", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SdkException) {
                throw ErrorHints.explain((SdkException) e.getCause());
            }
            throw new IllegalStateException("a scan segment failed: " + e.getCause(), e.getCause());
        }
    }

    private static Map<String, AttributeValue> startKey(String resumeToken) {
        return resumeToken == null ? null : ResumeToken.decode(resumeToken);
    }

    /**
     * The items of a paginator as a stream that sends nothing until it is consumed (the SDK's own item iterator
     * fetches the first page as soon as it is created), and whose failures, which come while it is consumed,
     * get hints too.
     */
    private static Stream<Map<String, AttributeValue>> lazily(Supplier<SdkIterable<Map<String, AttributeValue>>> pages,
                                                              Integer limit) {
        Iterator<Map<String, AttributeValue>> explained = new Iterator<>() {
            private Iterator<Map<String, AttributeValue>> source;

            @Override
            public boolean hasNext() {
                return ErrorHints.call(() -> source().hasNext());
            }

            @Override
            public Map<String, AttributeValue> next() {
                return ErrorHints.call(() -> source().next());
            }

            private Iterator<Map<String, AttributeValue>> source() {
                if (source == null) {
                    source = pages.get().iterator();
                }
                return source;
            }
        };
        Stream<Map<String, AttributeValue>> items = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(explained, Spliterator.ORDERED), false);
        return limit == null ? items : items.limit(limit);
    }
}
