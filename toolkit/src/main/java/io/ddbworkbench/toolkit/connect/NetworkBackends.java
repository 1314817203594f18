package io.ddbworkbench.toolkit.connect;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/** The backends reached over the network, which need nothing beyond the SDK. */
final class NetworkBackends {
    private NetworkBackends() {
    }

    /** Any DynamoDB-compatible URL: a DynamoDB Local you run, ScyllaDB Alternator, a workbench server. */
    static final class Endpoint implements BackendProvider {
        @Override
        public Backend backend() {
            return Backend.ENDPOINT;
        }

        @Override
        public Connection open(Settings settings) {
            URI endpoint = settings.get(Settings.ENDPOINT).map(URI::create).orElseThrow(() -> new IllegalStateException(
                    "The endpoint backend needs a URL: set " + Settings.environmentName(Settings.ENDPOINT)
                            + " (or -D" + Settings.ENDPOINT + "), for example http://localhost:8000"));
            Region region = settings.get(Settings.REGION).map(Region::of).orElse(Region.US_EAST_1);
            return Connection.overNetwork(Backend.ENDPOINT, Optional.of(endpoint), region, Connection.LOCAL_CREDENTIALS,
                    () -> { });
        }
    }

    /** The real service. Refuses to start unless the user said so, because it creates tables that cost money. */
    static final class Aws implements BackendProvider {
        @Override
        public Backend backend() {
            return Backend.AWS;
        }

        @Override
        public Connection open(Settings settings) {
            boolean allowed = settings.get(Settings.ALLOW_AWS).map(Boolean::parseBoolean).orElse(false);
            if (!allowed) {
                throw new IllegalStateException("The aws backend talks to the real DynamoDB service, which creates "
                        + "billable tables; set " + Settings.environmentName(Settings.ALLOW_AWS) + "=true to allow it");
            }
            Region region = settings.get(Settings.REGION).map(Region::of)
                    .orElseGet(() -> DefaultAwsRegionProviderChain.builder().build().getRegion());
            return Connection.overNetwork(Backend.AWS, settings.get(Settings.ENDPOINT).map(URI::create), region,
                    DefaultCredentialsProvider.builder().build(), () -> { });
        }
    }
}
