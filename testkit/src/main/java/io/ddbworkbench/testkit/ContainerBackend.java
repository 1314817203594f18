package io.ddbworkbench.testkit;

import io.ddbworkbench.toolkit.connect.Backend;
import io.ddbworkbench.toolkit.connect.BackendProvider;
import io.ddbworkbench.toolkit.connect.Connection;
import io.ddbworkbench.toolkit.connect.Settings;
import java.net.URI;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.regions.Region;

/**
 * AWS's DynamoDB Local image under Testcontainers. One container serves the whole JVM (starting one takes
 * seconds); test classes keep apart through {@link TableNamespace} prefixes. Testcontainers removes it when
 * the JVM exits.
 */
public final class ContainerBackend implements BackendProvider {
    /** The image when {@code DDB_CONTAINER_IMAGE} does not name another. */
    public static final String DEFAULT_IMAGE = "amazon/dynamodb-local:latest";
    private static final int PORT = 8000;

    private static GenericContainer<?> shared;

    @Override
    public Backend backend() {
        return Backend.CONTAINER;
    }

    @Override
    public Optional<String> unavailableReason(Settings settings) {
        return dockerAvailable() ? Optional.empty()
                : Optional.of("the container backend needs Docker, and none is reachable from this machine "
                        + "(set DDB_BACKEND=embedded, or start Docker)");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Connection open(Settings settings) {
        unavailableReason(settings).ifPresent(reason -> {
            throw new IllegalStateException("Cannot open the container backend: " + reason);
        });
        GenericContainer<?> container = container(settings.get(Settings.CONTAINER_IMAGE).orElse(DEFAULT_IMAGE));
        URI endpoint = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(PORT));
        Region region = settings.get(Settings.REGION).map(Region::of).orElse(Region.US_EAST_1);
        return Connection.overNetwork(Backend.CONTAINER, Optional.of(endpoint), region, Connection.LOCAL_CREDENTIALS,
                () -> { });
    }

    private static synchronized GenericContainer<?> container(String image) {
        if (shared == null) {
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                    .withExposedPorts(PORT)
                    .withCommand("-jar", "DynamoDBLocal.jar", "-inMemory", "-sharedDb")
                    .waitingFor(Wait.forListeningPort());
            container.start();
            shared = container;
        }
        return shared;
    }
}
