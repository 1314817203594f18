package io.ddbworkbench.engine.server;

import io.ddbworkbench.engine.fault.FaultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fault kinds as the command line spells them: lower camel case, like the other flags' words. */
final class FaultKinds {
    private FaultKinds() {
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            names.add(name(kind));
        }
        return names;
    }

    /** The kind with this command-line name, or null. */
    static FaultKind byName(String name) {
        for (FaultKind kind : FaultKind.values()) {
            if (name(kind).equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** UNPROCESSED_BATCH_WRITE as unprocessedBatchWrite. */
    private static String name(FaultKind kind) {
        StringBuilder name = new StringBuilder();
        for (String word : kind.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
