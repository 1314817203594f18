package io.ddbworkbench.toolkit;

import io.ddbworkbench.toolkit.batch.Backoff;
import io.ddbworkbench.toolkit.batch.BatchReader;
import io.ddbworkbench.toolkit.batch.BatchWriter;
import io.ddbworkbench.toolkit.connect.DynamoDbClients;
import io.ddbworkbench.toolkit.item.ItemOperations;
import io.ddbworkbench.toolkit.item.OptimisticLocking;
import io.ddbworkbench.toolkit.query.Reads;
import io.ddbworkbench.toolkit.stream.StreamReader;
import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.transact.WriteTransaction;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The everyday DynamoDB operations in one place, over SDK clients for any backend: the local engine, any
 * endpoint, or AWS. Each area has its own small class; this one only wires them to the same clients.
 *
 * <pre>{@code
 * try (DynamoDbClients clients = DynamoDbClients.open()) {          // DDB_BACKEND picks the backend
 *     DynamoDbToolkit ddb = DynamoDbToolkit.over(clients);
 *     ddb.tables().createIfMissing(TableSpec.builder("Users").partitionKey("UserID", S).build());
 *     ddb.items().put("Users", Map.of("UserID", "user123", "Name", "John Doe", "Age", 30));
 *     ddb.reads().query(QuerySpec.of("Users", KeyCondition.partitionKey("UserID").eq("user123")))
 *        .forEach(System.out::println);
 * }
 * }</pre>
 */
public final class DynamoDbToolkit {
    private final DynamoDbClient client;
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbStreamsClient streamsClient;
    private final ItemOperations items;
    private final Backoff backoff;

    private DynamoDbToolkit(DynamoDbClient client, DynamoDbEnhancedClient enhanced, DynamoDbStreamsClient streams,
                            Backoff backoff) {
        this.client = client;
        this.enhanced = enhanced;
        this.streamsClient = streams;
        this.items = new ItemOperations(client, enhanced);
        this.backoff = backoff;
    }

    /** Over the clients of a backend (see {@link DynamoDbClients#open()}); closing those is the caller's job. */
    public static DynamoDbToolkit over(DynamoDbClients clients) {
        return new DynamoDbToolkit(clients.sync(), clients.enhanced(), clients.streams(), Backoff.standard());
    }

    /**
     * Over clients built elsewhere.
     *
     * @param streams may be {@code null} when no stream will be read
     */
    public static DynamoDbToolkit over(DynamoDbClient client, DynamoDbStreamsClient streams) {
        return new DynamoDbToolkit(client, DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(), streams,
                Backoff.standard());
    }

    /** The same clients, with another retry policy for batch re-drives. */
    public DynamoDbToolkit withBatchBackoff(Backoff batchBackoff) {
        return new DynamoDbToolkit(client, enhanced, streamsClient, batchBackoff);
    }

    public DynamoDbClient client() {
        return client;
    }

    /** Create tables with indexes, streams and TTL; describe, delete; TTL settings. */
    public TableAdmin tables() {
        return new TableAdmin(client);
    }

    /** Put, get, update, delete single items; counters. */
    public ItemOperations items() {
        return items;
    }

    /** Read-modify-write guarded by a version attribute, retried up to {@code maxAttempts} times. */
    public OptimisticLocking optimisticLocking(String versionAttribute, int maxAttempts) {
        return new OptimisticLocking(items, versionAttribute, maxAttempts);
    }

    /** Batch puts and deletes, 25 per call, with re-drive. */
    public BatchWriter batchWriter() {
        return new BatchWriter(client, backoff);
    }

    /** Batch gets, 100 keys per call, with re-drive. */
    public BatchReader batchReader() {
        return new BatchReader(client, backoff);
    }

    /** Queries and scans: streams, pages with resume tokens, parallel scans. */
    public Reads reads() {
        return new Reads(client);
    }

    /** A new write transaction. */
    public WriteTransaction transaction() {
        return new WriteTransaction(client);
    }

    /** Reads table streams; needs the streams client. */
    public StreamReader streams() {
        if (streamsClient == null) {
            throw new IllegalStateException("this toolkit was built without a DynamoDbStreamsClient");
        }
        return new StreamReader(client, streamsClient);
    }
}
