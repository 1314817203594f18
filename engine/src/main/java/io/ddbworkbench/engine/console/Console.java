package io.ddbworkbench.engine.console;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonObject;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web console of one network endpoint: a read-only page under {@value #PATH} that shows the tables, their
 * items and index entries, and their streams, with the JSON it is built from under {@value #API}. It reads the
 * engine's structures directly, outside the request path, so it consumes no capacity, is never throttled, and
 * writes nothing.
 *
 * <p>It answers without any signature, so it is on only where {@link ConsoleAccess} allows. On an endpoint
 * bound to loopback it also insists on a loopback name in the Host header: a web page whose domain name is
 * re-pointed at 127.0.0.1 (DNS rebinding) would otherwise count as the console's own origin and could read it.
 */
public final class Console {
    public static final String PATH = "/console";
    static final String API = PATH + "/api/";
    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    private final String offReason;
    private final boolean loopbackHostsOnly;
    private final TableViews tables;
    private final ItemPages items;
    private final StreamView streams;
    private final ConsoleAssets assets;

    private Console(EngineContext context, String offReason, boolean loopbackHostsOnly) {
        this.offReason = offReason;
        this.loopbackHostsOnly = loopbackHostsOnly;
        this.tables = new TableViews(context);
        this.items = new ItemPages(context);
        this.streams = new StreamView(context);
        this.assets = offReason == null ? new ConsoleAssets() : null;
    }

    /** The console of an endpoint bound to {@code address} (null: an address that did not resolve). */
    public static Console forEndpoint(EngineContext context, InetAddress address) {
        ConsoleAccess access = context.options().console();
        if (access.allows(address)) {
            return new Console(context, null, access == ConsoleAccess.LOOPBACK);
        }
        String reason = access == ConsoleAccess.OFF
                ? "The web console is off for this server (-noConsole turns it off, and so does"
                        + " -requireCredentials unless -console is given).\n"
                : "The web console is off here: this endpoint is reachable from other machines, and the console"
                        + " shows every table without asking for credentials. Start the server with -console to"
                        + " show it anyway.\n";
        return new Console(context, reason, false);
    }

    public boolean enabled() {
        return offReason == null;
    }

    /** Whether a request path belongs to the console (decoded, without the query). */
    public static boolean owns(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    /**
     * Answers a GET of a console path.
     *
     * @param query the decoded query parameters
     * @param host the request's Host header (null if it had none)
     */
    public ConsoleAnswer answer(String path, Map<String, String> query, String host) {
        if (offReason != null) {
            return ConsoleAnswer.text(404, offReason);
        }
        if (loopbackHostsOnly && host != null && !isLoopbackName(host)) {
            return ConsoleAnswer.text(403, "The web console answers only to a loopback address such as"
                    + " http://127.0.0.1 or http://localhost, so no other web site can read it through its own"
                    + " domain name.\n");
        }
        if (path.startsWith(API)) {
            return api(path.substring(API.length()), new Parameters(query));
        }
        String name = path.length() <= PATH.length() + 1 ? ConsoleAssets.PAGE : path.substring(PATH.length() + 1);
        ConsoleAnswer asset = assets.get(name);
        return asset != null ? asset : ConsoleAnswer.text(404, "The console has no page " + path + "\n");
    }

    private ConsoleAnswer api(String route, Parameters parameters) {
        String[] parts = route.split("/", -1);
        try {
            if (!parts[0].equals("tables") || parts.length > 3) {
                throw ConsoleException.notFound("No such console API: " + API + route);
            }
            if (parts.length == 1) {
                return ConsoleAnswer.json(200, tables.tables());
            }
            if (parts.length == 2) {
                return ConsoleAnswer.json(200, tables.table(parts[1]));
            }
            return switch (parts[2]) {
                case "items" -> ConsoleAnswer.json(200, items.page(parts[1], parameters));
                case "stream" -> ConsoleAnswer.json(200, streams.latest(parts[1], parameters));
                default -> throw ConsoleException.notFound("No such console API: " + API + route);
            };
        } catch (ConsoleException e) {
            return ConsoleAnswer.json(e.status(), new JsonObject().put("message", e.getMessage()));
        }
    }

    /** localhost, 127.x.x.x or [::1], with or without a port; names are not resolved, as that is the attack. */
    private static boolean isLoopbackName(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end > 0 && name.substring(1, end).equals("::1");
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        return name.equals("localhost") || LOOPBACK_IPV4.matcher(name).matches();
    }
}
