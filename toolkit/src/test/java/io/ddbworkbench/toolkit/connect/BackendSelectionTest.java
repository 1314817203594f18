package io.ddbworkbench.toolkit.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendSelectionTest {

    @Test
    void unsetMeansEmbedded() {
        assertThat(Backend.selected(Settings.of(Map.of()))).isEqualTo(Backend.EMBEDDED);
    }

    @Test
    void valuesAreReadInAnyCase() {
        assertThat(Backend.selected(Settings.of(Map.of("ddb.backend", " Endpoint ")))).isEqualTo(Backend.ENDPOINT);
    }

    @Test
    void theFirstSourceWinsAndBlankCountsAsUnset() {
        Settings junit = Settings.of(Map.of("ddb.backend", "container", "ddb.region", " "));
        Settings system = Settings.of(Map.of("ddb.backend", "aws", "ddb.region", "eu-west-1"));

        Settings combined = junit.orElse(system);

        assertThat(combined.get("ddb.backend")).contains("container");
        assertThat(combined.get("ddb.region")).contains("eu-west-1");
    }

    @Test
    void environmentNamesFollowTheDottedNames() {
        assertThat(Settings.environmentName(Settings.ALLOW_AWS)).isEqualTo("DDB_ALLOW_AWS");
        assertThat(Settings.environmentName(Backend.SETTING)).isEqualTo("DDB_BACKEND");
    }

    @Test
    void endpointBackendNeedsAUrl() {
        assertThatThrownBy(() -> BackendProviders.of(Backend.ENDPOINT).open(Settings.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The endpoint backend needs a URL: set DDB_ENDPOINT (or -Dddb.endpoint), "
                        + "for example http://localhost:8000");
    }

    @Test
    void endpointBackendPointsClientsAtTheUrlWithoutOpeningAnything() {
        Connection connection = BackendProviders.of(Backend.ENDPOINT)
                .open(Settings.of(Map.of("ddb.endpoint", "http://localhost:8000", "ddb.region", "eu-west-2")));

        try (DynamoDbClients clients = DynamoDbClients.over(connection)) {
            assertThat(clients.sync().serviceClientConfiguration().endpointOverride())
                    .contains(URI.create("http://localhost:8000"));
            assertThat(clients.sync().serviceClientConfiguration().region().id()).isEqualTo("eu-west-2");
        }
    }

    @Test
    void awsBackendRefusesWithoutConsent() {
        assertThatThrownBy(() -> BackendProviders.of(Backend.AWS).open(Settings.of(Map.of("ddb.allow.aws", "no"))))
                .hasMessageContaining("set DDB_ALLOW_AWS=true to allow it");
    }
}
