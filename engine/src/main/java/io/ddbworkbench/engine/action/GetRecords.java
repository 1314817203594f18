package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.stream.StreamJson;
import io.ddbworkbench.engine.action.stream.StreamRequests;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.stream.StreamRecord;
import io.ddbworkbench.engine.stream.StreamRegistry.RecordsPage;
import io.ddbworkbench.engine.validation.Constraints;

/**
 * GetRecords (DynamoDB Streams API): up to 1000 records (and about 1 MB) from where the iterator points, with
 * the iterator for what follows. An open shard always hands back a next iterator, even with no records;
 * a closed shard stops handing one out once it has been read to its end.
 */
public final class GetRecords implements Action {
    private static final int MAX_LIMIT = 1000;

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String iterator = JsonFields.string(request, "ShardIterator");
        Long limit = JsonFields.integer(request, "Limit", "Integer");
        Constraints check = Constraints.check()
                .notNull("shardIterator", iterator)
                .length("shardIterator", iterator, 1, 2048);
        StreamRequests.limit(check, limit, MAX_LIMIT).throwIfAny();

        RecordsPage page = context.streams().read(iterator, limit == null ? MAX_LIMIT : limit.intValue());
        JsonArray records = new JsonArray();
        for (StreamRecord record : page.records()) {
            records.add(StreamJson.record(record, context.options().region()));
        }
        return new JsonObject().put("Records", records).put("NextShardIterator", page.nextIterator());
    }
}
