package io.ddbworkbench.toolkit.connect;

import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds the provider for each backend: the toolkit's own network backends plus any on the class path. */
public final class BackendProviders {
    private static final Map<Backend, BackendProvider> PROVIDERS = discover();

    private BackendProviders() {
    }

    /**
     * The provider of a backend.
     *
     * @throws IllegalStateException when nothing on the class path provides it (the embedded and container
     *                               backends come with {@code io.ddbworkbench:testkit})
     */
    public static BackendProvider of(Backend backend) {
        BackendProvider provider = PROVIDERS.get(backend);
        if (provider == null) {
            throw new IllegalStateException("No provider for the " + backend.settingValue()
                    + " backend on the class path; add the io.ddbworkbench:testkit dependency, which brings the "
                    + "embedded and container backends");
        }
        return provider;
    }

    private static Map<Backend, BackendProvider> discover() {
        Map<Backend, BackendProvider> found = new EnumMap<>(Backend.class);
        found.put(Backend.ENDPOINT, new NetworkBackends.Endpoint());
        found.put(Backend.AWS, new NetworkBackends.Aws());
        for (BackendProvider provider : ServiceLoader.load(BackendProvider.class,
                BackendProviders.class.getClassLoader())) {
            found.putIfAbsent(provider.backend(), provider);
        }
        return Map.copyOf(found);
    }
}
