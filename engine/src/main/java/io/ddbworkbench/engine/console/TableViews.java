package io.ddbworkbench.engine.console;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.DescribeTimeToLive;
import io.ddbworkbench.engine.action.TableDescriptions;
import io.ddbworkbench.engine.action.stream.StreamJson;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.stream.TableStream;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import java.time.Instant;
import java.util.List;

/**
 * What the console shows about tables. Each table is described in the service's own shapes (DescribeTable's
 * TableDescription, DescribeTimeToLive's and DescribeStream's descriptions), so what a learner reads here is
 * what the SDK would hand them; the billing mode is spelled out because the service leaves it implicit for
 * provisioned tables.
 */
final class TableViews {
    private final EngineContext context;

    TableViews(EngineContext context) {
        this.context = context;
    }

    /** Every table, sorted by name, each as {@link #table} describes it. */
    JsonObject tables() {
        JsonArray tables = new JsonArray();
        for (String name : context.catalog().names()) {
            Table table = context.catalog().find(name);
            if (table != null) {
                tables.add(describe(table));
            }
        }
        return new JsonObject().put("region", context.options().region()).put("tables", tables);
    }

    /** One table, or 404 when there is none of that name. */
    JsonObject table(String name) {
        return describe(find(context, name));
    }

    /** The table of that name, or the console's 404. */
    static Table find(EngineContext context, String name) {
        Table table = context.catalog().find(name);
        if (table == null) {
            throw ConsoleException.notFound("There is no table named " + name);
        }
        return table;
    }

    /**
     * The table's latest stream (enabled, or disabled within the retention period), or null when it never had
     * one or that stream is gone.
     */
    static TableStream latestStream(EngineContext context, TableDefinition definition) {
        String arn = definition.stream().latestArn();
        if (arn == null) {
            return null;
        }
        try {
            return context.streams().require(arn);
        } catch (ApiException gone) {
            return null;
        }
    }

    private JsonObject describe(Table table) {
        Instant now = context.clock().instant();
        TableDefinition definition = table.definition();
        TableStream stream = latestStream(context, definition);
        return new JsonObject()
                .put("Table", TableDescriptions.describe(table, definition, now))
                .put("BillingMode", definition.billingMode().name())
                .put("TimeToLive", DescribeTimeToLive.describe(definition.timeToLive(), now))
                .put("Stream", stream == null ? null : StreamJson.description(stream, List.of(stream.shard())));
    }
}
