package io.ddbworkbench.engine.console;

import java.net.InetAddress;

/**
 * When a network endpoint shows the web console. The console answers without any signature, so by default it
 * is only served where nobody but this machine can reach it; a facilitator who shares a classroom server turns
 * it on knowingly.
 */
public enum ConsoleAccess {
    /** On for endpoints bound to a loopback address, off for any other (the default). */
    LOOPBACK,
    /** On for every endpoint, whatever address it binds. */
    ON,
    /** Off everywhere. */
    OFF;

    /** Whether an endpoint bound to {@code address} (null: an address that did not resolve) shows the console. */
    public boolean allows(InetAddress address) {
        return switch (this) {
            case ON -> true;
            case OFF -> false;
            case LOOPBACK -> address != null && address.isLoopbackAddress();
        };
    }
}
