package io.ddbworkbench.toolkit.table;

import io.ddbworkbench.toolkit.error.DynamoDbFailure;
import io.ddbworkbench.toolkit.error.ErrorHints;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates, describes and deletes tables, and manages their TTL. Creation waits with the SDK's waiter until
 * the table is ACTIVE, because every item call before that fails with ResourceNotFoundException.
 */
public final class TableAdmin {
    private final DynamoDbClient client;
    private final Duration pollInterval;
    private final Duration maxWait;

    /**
     * @param pollInterval how often the waiter asks for the table's status (the SDK's default is 20 s, slow
     *                     for a local engine that creates tables instantly)
     * @param maxWait      when to give up waiting
     */
    public TableAdmin(DynamoDbClient client, Duration pollInterval, Duration maxWait) {
        this.client = client;
        this.pollInterval = pollInterval;
        this.maxWait = maxWait;
    }

    /** Polls every second for up to five minutes. */
    public TableAdmin(DynamoDbClient client) {
        this(client, Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    /**
     * Creates the table, waits until it is ACTIVE, then enables TTL if the spec asks for it.
     *
     * @throws DynamoDbFailure ResourceInUseException when it exists already (see {@link #createIfMissing})
     */
    public TableDescription create(TableSpec spec) {
        ErrorHints.call(() -> client.createTable(spec.toRequest()));
        return activate(spec);
    }

    /**
     * Creates the table unless one with this name exists, and returns it once ACTIVE. Safe to call from
     * several processes at once: a concurrent creator's table is simply waited for. An existing table is
     * taken as it is, even if its definition differs from the spec.
     */
    public TableDescription createIfMissing(TableSpec spec) {
        try {
            client.describeTable(request -> request.tableName(spec.tableName()));
            return waitUntilActive(spec.tableName());
        } catch (ResourceNotFoundException missing) {
            try {
                client.createTable(spec.toRequest());
                return activate(spec);
            } catch (ResourceInUseException createdMeanwhile) {
                return waitUntilActive(spec.tableName());
            } catch (SdkException e) {
                throw ErrorHints.explain(e);
            }
        } catch (SdkException e) {
            throw ErrorHints.explain(e);
        }
    }

    private TableDescription activate(TableSpec spec) {
        TableDescription table = waitUntilActive(spec.tableName());
        spec.timeToLiveAttribute().ifPresent(attribute -> enableTimeToLive(spec.tableName(), attribute));
        return table;
    }

    /** Waits with the SDK waiter until the table exists and is ACTIVE. */
    public TableDescription waitUntilActive(String tableName) {
        try (DynamoDbWaiter waiter = waiter()) {
            WaiterResponse<DescribeTableResponse> outcome = ErrorHints.call(() ->
                    waiter.waitUntilTableExists(request -> request.tableName(tableName)));
            return outcome.matched().response().map(DescribeTableResponse::table).orElseThrow(() ->
                    new DynamoDbFailure("TableNotActive", "table " + tableName + " did not become ACTIVE",
                            ErrorHints.hintFor("ResourceNotFoundException"),
                            outcome.matched().exception().orElse(null)));
        }
    }

    public TableDescription describe(String tableName) {
        return ErrorHints.call(() -> client.describeTable(request -> request.tableName(tableName)).table());
    }

    /** Deletes the table and waits until it is gone. */
    public void delete(String tableName) {
        ErrorHints.call(() -> client.deleteTable(request -> request.tableName(tableName)));
        try (DynamoDbWaiter waiter = waiter()) {
            ErrorHints.call(() -> waiter.waitUntilTableNotExists(request -> request.tableName(tableName)));
        }
    }

    /** Turns TTL on: items whose {@code attribute} holds an epoch-seconds time in the past get deleted. */
    public void enableTimeToLive(String tableName, String attribute) {
        ErrorHints.call(() -> client.updateTimeToLive(request -> request.tableName(tableName)
                .timeToLiveSpecification(ttl -> ttl.enabled(true).attributeName(attribute))));
    }

    /** The table's TTL status (ENABLED, DISABLED, ...) and attribute. */
    public TimeToLiveDescription describeTimeToLive(String tableName) {
        return ErrorHints.call(() -> client.describeTimeToLive(request -> request.tableName(tableName))
                .timeToLiveDescription());
    }

    private DynamoDbWaiter waiter() {
        int attempts = (int) Math.max(1, maxWait.toMillis() / Math.max(1, pollInterval.toMillis()));
        return DynamoDbWaiter.builder()
                .client(client)
                .overrideConfiguration(WaiterOverrideConfiguration.builder()
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(pollInterval))
                        .maxAttempts(attempts)
                        .build())
                .build();
    }
}
