package io.ddbworkbench.engine.throttle;

import io.ddbworkbench.engine.capacity.ConsumedCapacity;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.BillingMode;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Provisioned-throughput simulation: a token bucket per table and per global secondary index, for reads and
 * for writes, filled at the provisioned rate. A request against an empty bucket is refused with the service's
 * ProvisionedThroughputExceededException, which the AWS SDKs retry with backoff, so learners see what
 * under-provisioning does. A write also waits on every global index of its table (an index that cannot keep up
 * holds back the base table), local indexes spend the table's own capacity, and on-demand tables are never
 * throttled. Off unless the engine options turn it on; then every data-plane action admits and charges here.
 */
public final class Throttle {
    static final String TABLE_EXCEEDED = "The level of configured provisioned throughput for the table was exceeded."
            + " Consider increasing your provisioning level with the UpdateTable API.";
    static final String INDEX_EXCEEDED = "The level of configured provisioned throughput for one or more global"
            + " secondary indexes of the table was exceeded. Consider increasing your provisioning level for the"
            + " under-provisioned global secondary indexes with the UpdateTable API";

    /** Which capacity a request spends. */
    public enum Access { READ, WRITE }

    private final Clock clock;
    private final boolean enabled;
    private final Duration burst;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public Throttle(Clock clock, boolean enabled, Duration burst) {
        this.clock = clock;
        this.enabled = enabled;
        this.burst = burst;
    }

    /**
     * Refuses the request, as the service does, when the capacity it would spend is exhausted.
     *
     * @param indexName the index a read goes to (null for the table); writes always check every global index
     */
    public void admit(Table table, Access access, String indexName) {
        Refusal refusal = check(table, access, indexName);
        if (refusal != null) {
            throw refusal.toException();
        }
    }

    /** Why the request would be refused now, or null when it may go ahead; transactions report this per action. */
    public Refusal check(Table table, Access access, String indexName) {
        TableDefinition definition = table.definition();
        if (!enabled || definition.billingMode() == BillingMode.PAY_PER_REQUEST) {
            return null;
        }
        IndexDefinition readIndex = indexName == null ? null : definition.index(indexName);
        if (access == Access.READ && readIndex != null && readIndex.global()) {
            return hasTokens(definition, readIndex, access) ? null : Refusal.ofIndex(access, readIndex.arn());
        }
        if (!hasTokens(definition, null, access)) {
            return Refusal.ofTable(access, definition.arn());
        }
        if (access == Access.WRITE) {
            for (IndexDefinition index : definition.globalIndexes()) {
                if (!hasTokens(definition, index, access)) {
                    return Refusal.ofIndex(access, index.arn());
                }
            }
        }
        return null;
    }

    /**
     * Spends what a finished request consumed: the table's and its local indexes' units from the table, each
     * global index's units from that index.
     */
    public void charge(Table table, Access access, ConsumedCapacity consumed) {
        TableDefinition definition = table.definition();
        if (!enabled || definition.billingMode() == BillingMode.PAY_PER_REQUEST) {
            return;
        }
        double tableUnits = consumed.tableUnits();
        for (double units : consumed.localIndexUnits().values()) {
            tableUnits += units;
        }
        spend(definition, null, access, tableUnits);
        consumed.globalIndexUnits().forEach((name, units) -> {
            IndexDefinition index = definition.index(name);
            if (index != null) {
                spend(definition, index, access, units);
            }
        });
    }

    private boolean hasTokens(TableDefinition table, IndexDefinition index, Access access) {
        double rate = rate(table, index, access);
        return rate <= 0 || bucket(table, index, access).hasTokens(clock.instant(), rate, burst);
    }

    private void spend(TableDefinition table, IndexDefinition index, Access access, double units) {
        double rate = rate(table, index, access);
        if (rate > 0 && units > 0) {
            bucket(table, index, access).spend(units, clock.instant(), rate, burst);
        }
    }

    private static double rate(TableDefinition table, IndexDefinition index, Access access) {
        ProvisionedThroughput throughput = index == null ? table.throughput() : index.throughput();
        if (throughput == null) {
            return 0;
        }
        return access == Access.READ ? throughput.readCapacityUnits() : throughput.writeCapacityUnits();
    }

    /** Buckets belong to one incarnation of a table (its id), so a re-created table starts afresh. */
    private TokenBucket bucket(TableDefinition table, IndexDefinition index, Access access) {
        String key = table.tableId() + '/' + (index == null ? "" : index.name()) + '/' + access;
        return buckets.computeIfAbsent(key, ignored -> new TokenBucket());
    }

    /** A refusal: the message and the ThrottlingReason the service gives for it. */
    public record Refusal(String message, String reason, String resource) {

        static Refusal ofIndex(Access access, String indexArn) {
            return new Refusal(INDEX_EXCEEDED, "Index" + axis(access) + "ProvisionedThroughputExceeded", indexArn);
        }

        static Refusal ofTable(Access access, String tableArn) {
            return new Refusal(TABLE_EXCEEDED, "Table" + axis(access) + "ProvisionedThroughputExceeded", tableArn);
        }

        private static String axis(Access access) {
            return access == Access.READ ? "Read" : "Write";
        }

        /** The ProvisionedThroughputExceededException for a plain (non-transactional) request. */
        public ApiException toException() {
            JsonObject throttlingReason = new JsonObject().put("reason", reason).put("resource", resource);
            return new ApiException(ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED, message,
                    new JsonObject().put("ThrottlingReasons", new JsonArray().add(throttlingReason)));
        }
    }
}
