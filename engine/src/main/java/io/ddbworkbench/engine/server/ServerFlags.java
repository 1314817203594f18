package io.ddbworkbench.engine.server;

import io.ddbworkbench.engine.durable.DurableStorage;
import io.ddbworkbench.engine.fault.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line, as one table of flags in DynamoDB Local's single-dash style so existing scripts keep
 * working. Adding a flag is one row here plus the setting it fills in {@link ServerSettings}.
 */
final class ServerFlags {
    static final long MEGABYTE = 1024 * 1024;
    private static final List<Flag> FLAGS = List.of(
            new Flag("-port", "N", "Port to listen on (default 8000; 0 picks a free port).",
                    (settings, value) -> settings.port = port(value)),
            new Flag("-host", "ADDRESS", "Address to bind (default 127.0.0.1, this machine only).",
                    (settings, value) -> settings.host = value),
            new Flag("-inMemory", null, "Keep all data in memory; it is gone when the server stops (the default).",
                    (settings, value) -> settings.inMemory = true),
            new Flag("-dbPath", "DIR", "Keep tables on disk in DIR (created if missing): every acknowledged write"
                    + " survives the server being stopped or killed, and a restart on DIR brings everything back.",
                    (settings, value) -> settings.dbPath = Path.of(value)),
            new Flag("-fsync", null, "With -dbPath: force each write to the disk before acknowledging it, so it"
                    + " survives a power cut or an OS crash too (slower; without it a killed server loses nothing).",
                    (settings, value) -> settings.fsync = true),
            new Flag("-compactLogMB", "N", "With -dbPath: rewrite the log as a snapshot once it passes N MB"
                    + " (default " + DurableStorage.DEFAULT_COMPACTION_BYTES / MEGABYTE + "), so restarts stay quick.",
                    (settings, value) -> settings.compactLogMegabytes = megabytes(value)),
            new Flag("-sharedDb", null, "Accepted for DynamoDB Local scripts: this engine always keeps one database"
                    + " for every access key and region.", (settings, value) -> { }),
            new Flag("-delayTransientStatuses", null, "Keep new and changed tables CREATING/UPDATING/DELETING for "
                    + "a few seconds, as the service does, instead of switching at once.",
                    (settings, value) -> settings.delayTransientStatuses = true),
            new Flag("-cors", "ORIGINS", "Let browser pages from these origins call the engine: a comma-separated "
                    + "list, or * for any. Off unless given (DynamoDB Local allows * by default).",
                    (settings, value) -> settings.corsOrigins = origins(value)),
            new Flag("-requireCredentials", "ACCESS_KEY:SECRET", "Verify every request's AWS Signature Version 4 "
                    + "against this key pair; any other key or a wrong secret is refused as AWS refuses it.",
                    ServerFlags::credentials),
            new Flag("-console", null, "Serve the read-only web console at /console even beyond loopback or with"
                    + " -requireCredentials, e.g. for a classroom server: it shows every table without credentials.",
                    (settings, value) -> settings.console = true),
            new Flag("-noConsole", null, "Do not serve the web console (by default it is on when the server binds"
                    + " a loopback address and does not require credentials).",
                    (settings, value) -> settings.noConsole = true),
            new Flag("-faultRate", "KIND=RATE", "Inject failures on purpose, to practise retries: a fraction from 0"
                    + " to 1 of " + String.join(", ", FaultKinds.names()) + ". Repeat for several kinds.",
                    ServerFlags::faultRate),
            new Flag("-faultSeed", "N", "Seed of the injected failures, so a run repeats (default 0).",
                    (settings, value) -> settings.faultSeed = wholeNumber("-faultSeed", value)),
            new Flag("-itemCollectionLimit", "BYTES", "Refuse writes that grow an item collection (a partition of"
                    + " a table with local indexes) past BYTES, instead of the service's 10 GB, so the limit can be"
                    + " reached in a lab.", ServerFlags::itemCollectionLimit),
            new Flag("-ttlSweepSeconds", "N", "Delete items whose TTL has passed every N seconds (default 5);"
                    + " 0 turns the background TTL process off.",
                    (settings, value) -> settings.timeToLiveSweepInterval = seconds("-ttlSweepSeconds", value)),
            new Flag("-simulateThroughput", null, "Throttle provisioned tables and their global indexes at their"
                    + " provisioned rates, answering ProvisionedThroughputExceededException as DynamoDB does (SDKs"
                    + " retry). Off by default; on-demand tables are never throttled.",
                    (settings, value) -> settings.simulateThroughput = true),
            new Flag("-burstSeconds", "N", "With -simulateThroughput: how many seconds of unused capacity a table"
                    + " may save up for bursts (default 300, as on DynamoDB; 0 keeps one second's worth).",
                    (settings, value) -> settings.burstWindow = seconds("-burstSeconds", value)),
            new Flag("-disableTelemetry", null, "Accepted for DynamoDB Local scripts: this engine sends no telemetry.",
                    (settings, value) -> { }),
            new Flag("-help", null, "Print this help and exit.", (settings, value) -> settings.help = true));

    private ServerFlags() {
    }

    static ServerSettings parse(String... args) throws LaunchException {
        ServerSettings settings = new ServerSettings();
        for (int i = 0; i < args.length; i++) {
            Flag flag = find(args[i]);
            String value = null;
            if (flag.argument() != null) {
                if (i + 1 >= args.length) {
                    throw LaunchException.usage(flag.name() + " needs a value: " + flag.name() + " " + flag.argument());
                }
                value = args[++i];
            }
            flag.apply().apply(settings, value);
        }
        if (settings.inMemory && settings.dbPath != null) {
            throw LaunchException.usage("-inMemory and -dbPath cannot be used together: choose one");
        }
        if (settings.dbPath == null && (settings.fsync || settings.compactLogMegabytes != null)) {
            throw LaunchException.usage((settings.fsync ? "-fsync" : "-compactLogMB")
                    + " only applies to tables kept on disk: add -dbPath DIR");
        }
        if (settings.console && settings.noConsole) {
            throw LaunchException.usage("-console and -noConsole cannot be used together: choose one");
        }
        return settings;
    }

    private static Flag find(String arg) throws LaunchException {
        if ("-h".equals(arg)) {
            return find("-help");
        }
        String name = arg.startsWith("--") ? singleDash(arg) : arg;
        for (Flag flag : FLAGS) {
            if (flag.name().equals(name)) {
                return flag;
            }
        }
        throw LaunchException.usage("unknown flag '" + arg + "'");
    }

    /**
     * The DynamoDB Local spelling of a GNU-style flag ({@code --require-credentials} is
     * {@code -requireCredentials}), so both habits work.
     */
    private static String singleDash(String arg) {
        StringBuilder name = new StringBuilder("-");
        boolean upper = false;
        for (char c : arg.substring(2).toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("Usage: java -jar engine.jar [flags]\n"
                + "Runs a DynamoDB-compatible endpoint on this machine. Flags:\n");
        for (Flag flag : FLAGS) {
            String left = flag.name() + (flag.argument() == null ? "" : " " + flag.argument());
            usage.append(String.format("  %-38s %s%n", left, flag.help()));
        }
        return usage.toString();
    }

    private static int port(String value) throws LaunchException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw LaunchException.usage("-port needs a number from 0 to 65535, not '" + value + "'");
    }

    /** Megabytes, 1 or more; an absurdly large figure means never. */
    private static long megabytes(String value) throws LaunchException {
        long megabytes = atLeast("-compactLogMB", value, 1, "a whole number of megabytes from 1 up");
        return Math.min(megabytes, Long.MAX_VALUE / MEGABYTE);
    }

    /** A whole number of seconds, 0 or more. */
    private static Duration seconds(String flag, String value) throws LaunchException {
        return Duration.ofSeconds(atLeast(flag, value, 0, "a whole number of seconds, 0 or more"));
    }

    private static long wholeNumber(String flag, String value) throws LaunchException {
        return atLeast(flag, value, 0, "a whole number of at least 0");
    }

    private static long atLeast(String flag, String value, long minimum, String requirement) throws LaunchException {
        try {
            long number = Long.parseLong(value);
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with what is accepted
        }
        throw LaunchException.usage(flag + " needs " + requirement + ", not '" + value + "'");
    }

    private static List<String> origins(String value) throws LaunchException {
        List<String> origins = new ArrayList<>();
        for (String origin : value.split(",")) {
            if (!origin.isBlank()) {
                origins.add(origin.trim());
            }
        }
        if (origins.isEmpty()) {
            throw LaunchException.usage("-cors needs at least one origin, or * for any");
        }
        return origins;
    }

    private static void faultRate(ServerSettings settings, String value) throws LaunchException {
        int equals = value.indexOf('=');
        FaultKind kind = equals < 0 ? null : FaultKinds.byName(value.substring(0, equals));
        double rate = -1;
        if (kind != null) {
            try {
                rate = Double.parseDouble(value.substring(equals + 1));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (kind == null || !(rate >= 0 && rate <= 1)) {
            throw LaunchException.usage("-faultRate needs KIND=RATE with KIND one of "
                    + String.join(", ", FaultKinds.names()) + " and RATE from 0 to 1, e.g. -faultRate "
                    + FaultKinds.names().get(0) + "=0.1; not '" + value + "'");
        }
        settings.faultRates.put(kind, rate);
    }

    private static void itemCollectionLimit(ServerSettings settings, String value) throws LaunchException {
        long bytes = wholeNumber("-itemCollectionLimit", value);
        if (bytes == 0) {
            throw LaunchException.usage("-itemCollectionLimit needs a number of bytes above 0");
        }
        settings.itemCollectionLimitBytes = bytes;
    }

    private static void credentials(ServerSettings settings, String value) throws LaunchException {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw LaunchException.usage("-requireCredentials needs ACCESS_KEY:SECRET, e.g. -requireCredentials AKIDLOCAL:s3cr3t");
        }
        settings.accessKeyId = value.substring(0, colon);
        settings.secretAccessKey = value.substring(colon + 1);
    }

    /** What a flag does with its value (null for a switch). */
    @FunctionalInterface
    private interface Effect {
        void apply(ServerSettings settings, String value) throws LaunchException;
    }

    /** One row of the table: the flag, its argument's name (null for a switch), its help, and its effect. */
    private record Flag(String name, String argument, String help, Effect apply) {
    }
}
