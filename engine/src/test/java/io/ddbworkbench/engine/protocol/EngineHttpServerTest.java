package io.ddbworkbench.engine.protocol;

import static io.ddbworkbench.engine.protocol.RawHttp.apiHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The network door under real connection patterns: keep-alive, many clients at once, clients that stall. */
class EngineHttpServerTest {
    /** More than the server's worker threads, so a leak of even one worker per stall would starve it. */
    private static final int STALLED_CLIENTS = 20;

    private DynamoDbEngine engine;
    private URI endpoint;

    @BeforeEach
    void start() throws IOException {
        engine = DynamoDbEngine.create(EngineOptions.builder().clientStallTimeout(Duration.ofSeconds(1)).build());
        endpoint = engine.startServer(0).endpoint();
        try (RawHttp http = new RawHttp(endpoint)) {
            RawHttp.Response created = http.exchange("POST", apiHeaders("DynamoDB_20120810.CreateTable"),
                    RawHttp.createTableBody("Items"));
            assertThat(created.status()).isEqualTo(200);
        }
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private static RawHttp.Response put(RawHttp http, String id) throws IOException {
        return http.exchange("POST", apiHeaders("DynamoDB_20120810.PutItem"),
                "{\"TableName\":\"Items\",\"Item\":{\"id\":{\"S\":\"" + id + "\"}}}");
    }

    @Test
    void oneKeptAliveConnectionCarriesManyRequests() throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            for (int i = 0; i < 200; i++) {
                RawHttp.Response response = put(http, "k" + i);
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("Connection")).isNotEqualToIgnoringCase("close");
            }
        }
    }

    @Test
    void concurrentSdkClientsAllGetTheirWritesThrough() throws Exception {
        int threads = 8;
        int writesPerThread = 150;
        try (DynamoDbClient ddb = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < writesPerThread; i++) {
                        String id = thread + "-" + i;
                        ddb.putItem(b -> b.tableName("Items").item(Map.of("id", AttributeValue.fromS(id),
                                "writer", AttributeValue.fromN(Integer.toString(thread)))));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            pool.shutdown();

            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < writesPerThread; i += 7) {
                    String id = t + "-" + i;
                    Map<String, AttributeValue> item = ddb.getItem(b -> b.tableName("Items")
                            .key(Map.of("id", AttributeValue.fromS(id)))).item();
                    assertThat(item).containsEntry("writer", AttributeValue.fromN(Integer.toString(t)));
                }
            }
        }
    }

    @Test
    void clientsThatStallMidBodyAreCutOffAndTheServerKeepsServing() throws IOException {
        assertStalledClientsAreCutOff(http -> http.send(http.head("POST", "/",
                apiHeaders("DynamoDB_20120810.PutItem"), 500), "{\"TableName\":".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void clientsThatStallInTheirHeadersAreCutOff() throws IOException {
        assertStalledClientsAreCutOff(http -> http.send("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Tar"
                .getBytes(StandardCharsets.US_ASCII)));
    }

    /** A start of a request that a client sends and then leaves hanging. */
    @FunctionalInterface
    private interface Stall {
        void begin(RawHttp http) throws IOException;
    }

    /** More stalled clients than workers: a fresh client is still served, and every stalled one is dropped. */
    private void assertStalledClientsAreCutOff(Stall stall) throws IOException {
        List<RawHttp> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED_CLIENTS; i++) {
                RawHttp http = new RawHttp(endpoint);
                stalled.add(http);
                stall.begin(http);
            }

            try (RawHttp fresh = new RawHttp(endpoint)) {
                assertThat(put(fresh, "after-stalls").status()).isEqualTo(200);
            }
            for (RawHttp http : stalled) {
                assertThat(http.closedByServer()).isTrue();
            }
        } finally {
            for (RawHttp http : stalled) {
                http.close();
            }
        }
    }

    @Test
    void aClientInTimeIsNotCutOff() throws Exception {
        try (RawHttp http = new RawHttp(endpoint)) {
            byte[] body = "{\"TableName\":\"Items\",\"Item\":{\"id\":{\"S\":\"slow\"}}}".getBytes(StandardCharsets.UTF_8);
            http.send(http.head("POST", "/", apiHeaders("DynamoDB_20120810.PutItem"), body.length),
                    java.util.Arrays.copyOf(body, 10));
            Thread.sleep(100);
            http.send(java.util.Arrays.copyOfRange(body, 10, body.length));

            assertThat(http.read().status()).isEqualTo(200);
            assertThat(put(http, "same-connection").status()).isEqualTo(200);
        }
    }
}
