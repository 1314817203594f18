package io.ddbworkbench.engine.console;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.stream.StreamJson;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.stream.StreamRecord;
import io.ddbworkbench.engine.stream.TableStream;
import io.ddbworkbench.engine.table.Table;
import java.util.List;

/**
 * The newest records of a table's stream, newest first, in the shape GetRecords returns them. Reading here
 * takes no shard iterator and moves no consumer's position.
 */
final class StreamView {
    static final int DEFAULT_RECORDS = 50;
    static final int MAX_RECORDS = 1000;

    private final EngineContext context;

    StreamView(EngineContext context) {
        this.context = context;
    }

    JsonObject latest(String tableName, Parameters parameters) {
        Table table = TableViews.find(context, tableName);
        TableStream stream = TableViews.latestStream(context, table.definition());
        if (stream == null) {
            throw ConsoleException.notFound("Table " + table.name() + " has no stream");
        }
        List<StreamRecord> records = context.streams()
                .latestRecords(stream, parameters.limit(DEFAULT_RECORDS, MAX_RECORDS));
        JsonArray newestFirst = new JsonArray();
        for (int i = records.size() - 1; i >= 0; i--) {
            newestFirst.add(StreamJson.record(records.get(i), context.options().region()));
        }
        return new JsonObject()
                .put("Stream", StreamJson.description(stream, List.of(stream.shard())))
                .put("Records", newestFirst);
    }
}
