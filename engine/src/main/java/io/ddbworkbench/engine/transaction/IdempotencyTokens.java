package io.ddbworkbench.engine.transaction;

import io.ddbworkbench.engine.capacity.CapacityByTable;
import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.json.JsonWriter;
import io.ddbworkbench.engine.table.ChangeListener;
import io.ddbworkbench.engine.table.CommitNote;
import io.ddbworkbench.engine.table.ItemChange;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ClientRequestToken bookkeeping for TransactWriteItems. A token stays bound to the request that first used
 * it until ten minutes after that request completed (by the engine clock): the same request again succeeds
 * without writing anything, a different one is refused with IdempotentParameterMismatchException, and one
 * arriving while the first still runs gets TransactionInProgressException. A request that failed leaves the
 * token free, so it can simply be retried.
 *
 * <p>A run completes its token as part of its commit: the transaction hands a {@link Completion} to
 * {@link io.ddbworkbench.engine.table.ItemWriter#commit(List, java.util.function.Supplier)} and this listener,
 * registered before the durable log, records it before the log writes it into the commit's own record. So a
 * token is never durable without its items nor the reverse, and a snapshot taken after the log moved on finds
 * every token of the records it replaces.
 */
public final class IdempotencyTokens implements ChangeListener {
    /** How long after completion a token keeps its request. */
    public static final Duration WINDOW = Duration.ofMinutes(10);
    /** The service documents the error by this sentence; its own message for it has not been captured. */
    static final String MISMATCH = "DynamoDB rejected the request because you retried a request with a different"
            + " payload but with an idempotent token that was already used.";
    static final String IN_PROGRESS = "Transaction from previous request is still in progress";
    private static final int SWEEP_EVERY = 256;

    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger completions = new AtomicInteger();

    /**
     * What a completed transaction leaves for its replays: the read units a replay reports per table (the
     * service reads the items again instead of writing them) and the item collection metrics of the first
     * response (null: none).
     */
    public record Completed(Map<String, Double> replayReadUnits, JsonObject itemCollectionMetrics) {
        public Completed {
            replayReadUnits = Collections.unmodifiableMap(new LinkedHashMap<>(replayReadUnits));
        }

        /** The replay's ConsumedCapacity, in the order the first run touched the tables. */
        public CapacityByTable replayCapacity() {
            CapacityByTable capacity = new CapacityByTable();
            replayReadUnits.forEach((table, units) -> capacity.add(new ConsumedCapacity(table).addTable(units)
                    .stating(ConsumedCapacity.Axis.READ)));
            return capacity;
        }
    }

    /** A token's completed run, as its commit carries it and the durable storage keeps it. */
    public record Completion(String token, String fingerprint, Instant completedAt, Completed completed)
            implements CommitNote {
    }

    private record Entry(String fingerprint, Completed completed, Instant completedAt) {
        boolean expiredAt(Instant now) {
            return completed != null && now.isAfter(completedAt.plus(WINDOW));
        }
    }

    public IdempotencyTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * Binds the token to this request, or finds what it is bound to.
     *
     * @return null when the caller is to run the transaction (and then {@link #complete} or {@link #release}
     *         the token); the first run's record when this is a replay of a completed request
     */
    public Completed claim(String token, String fingerprint) {
        Instant now = clock.instant();
        Entry[] found = new Entry[1];
        entries.compute(token, (ignored, existing) -> {
            if (existing == null || existing.expiredAt(now)) {
                return new Entry(fingerprint, null, null);
            }
            found[0] = existing;
            return existing;
        });
        Entry existing = found[0];
        if (existing == null) {
            return null;
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            throw new ApiException(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH, MISMATCH);
        }
        if (existing.completed() == null) {
            throw new ApiException(ErrorCode.TRANSACTION_IN_PROGRESS, IN_PROGRESS);
        }
        return existing.completed();
    }

    @Override
    public void committed(List<ItemChange> changes) {
    }

    /** Records the successful run a token was claimed for, as its commit is made. */
    @Override
    public void committed(List<ItemChange> changes, CommitNote note) {
        if (note instanceof Completion completion) {
            complete(completion);
        }
    }

    /**
     * Puts back a completion the durable storage kept, unless its ten minutes have passed by the clock now.
     * Recovery calls this in log order, so a later completion of a token replaces an earlier one.
     */
    public void restore(Completion completion) {
        Entry entry = entryOf(completion);
        if (!entry.expiredAt(clock.instant())) {
            entries.put(completion.token(), entry);
        }
    }

    /** The completions still within their ten minutes, for a snapshot of the durable storage. */
    public List<Completion> live() {
        Instant now = clock.instant();
        List<Completion> live = new ArrayList<>();
        entries.forEach((token, entry) -> {
            if (entry.completed() != null && !entry.expiredAt(now)) {
                live.add(new Completion(token, entry.fingerprint(), entry.completedAt(), entry.completed()));
            }
        });
        return live;
    }

    private void complete(Completion completion) {
        entries.put(completion.token(), entryOf(completion));
        if (completions.incrementAndGet() % SWEEP_EVERY == 0) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> entry.expiredAt(now));
        }
    }

    private static Entry entryOf(Completion completion) {
        return new Entry(completion.fingerprint(), completion.completed(), completion.completedAt());
    }

    /** Frees a token whose run failed, so a retry runs again. */
    public void release(String token) {
        entries.computeIfPresent(token, (ignored, entry) -> entry.completed() == null ? null : entry);
    }

    /**
     * A digest of the transaction's items that ignores the order of members within JSON objects (the service
     * compares requests, not their spelling) but not the order of the actions.
     */
    public static String fingerprint(JsonValue transactItems) {
        byte[] canonical = JsonWriter.toBytes(canonical(transactItems));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static JsonValue canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObject sorted = new JsonObject();
            new TreeMap<>(object.members()).forEach((name, member) -> sorted.put(name, canonical(member)));
            return sorted;
        }
        if (value instanceof JsonArray array) {
            List<JsonValue> elements = new ArrayList<>(array.size());
            array.forEach(element -> elements.add(canonical(element)));
            return new JsonArray(elements);
        }
        return value;
    }
}
