package io.ddbworkbench.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.console.ConsoleAccess;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console at the network door: which Host names it answers to (a page on another site whose name has
 * been pointed at 127.0.0.1 must not read it), and that it grants no cross-origin access even when the API
 * does.
 */
class ConsoleDoorTest {

    private static RawHttp.Response getWithHost(URI endpoint, String path, String host, String... headers)
            throws IOException {
        try (RawHttp http = new RawHttp(endpoint)) {
            StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            http.send(head.append("\r\n").toString(), new byte[0]);
            return http.read();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:8000", "127.3.2.1:80", "localhost:8000", "LOCALHOST", "[::1]:8000"})
    void aLoopbackEndpointAnswersToLoopbackNames(String host) throws IOException {
        try (DynamoDbEngine engine = DynamoDbEngine.create()) {
            EngineHttpServer server = engine.startServer(0);

            RawHttp.Response response = getWithHost(server.endpoint(), "/console/api/tables", host);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).startsWith("{\"region\":\"us-east-1\",\"tables\":[");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example", "attacker.example:8000", "localhost.attacker.example",
            "127.0.0.1.nip.io:8000", "[::2]:8000"})
    void aLoopbackEndpointRefusesOtherNamesThatMayResolveToIt(String host) throws IOException {
        try (DynamoDbEngine engine = DynamoDbEngine.create()) {
            EngineHttpServer server = engine.startServer(0);

            for (String path : List.of("/console/", "/console/api/tables")) {
                RawHttp.Response response = getWithHost(server.endpoint(), path, host);

                assertThat(response.status()).isEqualTo(403);
                assertThat(response.text()).startsWith("The web console answers only to a loopback address");
            }
        }
    }

    @Test
    void aConsoleTurnedOnForASharedServerAnswersToAnyName() throws IOException {
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder().console(ConsoleAccess.ON).build())) {
            EngineHttpServer server = engine.startServer(0);

            assertThat(getWithHost(server.endpoint(), "/console/api/tables", "classroom.example:8000").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void theConsoleGrantsNoCrossOriginAccessEvenWhenTheApiDoes() throws IOException {
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder().corsOrigins(List.of("*")).build())) {
            EngineHttpServer server = engine.startServer(0);
            String origin = "Origin: http://elsewhere.example";

            RawHttp.Response console = getWithHost(server.endpoint(), "/console/api/tables", "127.0.0.1", origin);
            RawHttp.Response health = getWithHost(server.endpoint(), "/", "127.0.0.1", origin);

            assertThat(console.status()).isEqualTo(200);
            assertThat(console.headers()).doesNotContainKey("Access-Control-Allow-Origin");
            assertThat(health.headers()).containsEntry("Access-Control-Allow-Origin", "*");
        }
    }

    @Test
    void otherMethodsOnConsolePathsGetTheServicesAnswer() throws IOException {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
                RawHttp http = new RawHttp(engine.startServer(0).endpoint())) {
            RawHttp.Response response = http.exchange("DELETE", "/console/api/tables/Orders",
                    java.util.Map.of(), new byte[0]);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text()).isEqualTo("<UnknownOperationException/>\n");
        }
    }
}
