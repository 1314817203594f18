/**
 * The web console: a read-only page that lets a learner look inside the engine while a lab or demo runs.
 *
 * <p>{@link io.ddbworkbench.engine.console.Console} routes {@code /console} on a network endpoint to the page
 * ({@link io.ddbworkbench.engine.console.ConsoleAssets}: plain HTML, CSS and JavaScript from the classpath, no
 * outside assets) and to the JSON it draws: tables described in the service's own shapes
 * ({@link io.ddbworkbench.engine.console.TableViews}), pages of items and index entries with their sizes and
 * partition key hashes ({@link io.ddbworkbench.engine.console.ItemPages}), and the newest stream records
 * ({@link io.ddbworkbench.engine.console.StreamView}). Everything is read from the engine's structures, not
 * through the API, so looking spends no capacity, trips no throttle and leaves no stream record.
 *
 * <p>The console shows data without any signature, so {@link io.ddbworkbench.engine.console.ConsoleAccess}
 * keeps it to loopback endpoints unless a facilitator turns it on for a shared server; the page is served with
 * a content security policy that lets only its own script run, and the script renders every stored value as
 * text.
 */
package io.ddbworkbench.engine.console;
