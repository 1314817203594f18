package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.stream.StreamJson;
import io.ddbworkbench.engine.action.stream.StreamRequests;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.stream.TableStream;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/**
 * ListStreams (DynamoDB Streams API): every stream still readable, enabled or closed within the last day,
 * optionally of one table, in pages of up to 100.
 */
public final class ListStreams implements Action {
    private static final int MAX_LIMIT = 100;

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String tableName = JsonFields.string(request, "TableName");
        Long limit = JsonFields.integer(request, "Limit", "Integer");
        String startAfter = JsonFields.string(request, "ExclusiveStartStreamArn");
        Constraints check = Constraints.check();
        if (tableName != null) {
            check.newResourceName("tableName", tableName);
        }
        StreamRequests.limit(check, limit, MAX_LIMIT);
        StreamRequests.streamArn(check, "exclusiveStartStreamArn", startAfter).throwIfAny();
        if (tableName != null) {
            context.catalog().describe(tableName);
        }

        List<TableStream> streams = context.streams().list(tableName);
        int pageSize = limit == null ? MAX_LIMIT : limit.intValue();
        JsonArray page = new JsonArray();
        String lastArn = null;
        for (TableStream stream : streams) {
            if (startAfter != null && stream.arn().compareTo(startAfter) <= 0) {
                continue;
            }
            if (page.size() == pageSize) {
                return new JsonObject().put("Streams", page).put("LastEvaluatedStreamArn", lastArn);
            }
            page.add(StreamJson.summary(stream));
            lastArn = stream.arn();
        }
        return new JsonObject().put("Streams", page);
    }
}
