package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.stream.StreamJson;
import io.ddbworkbench.engine.action.stream.StreamRequests;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.stream.Shard;
import io.ddbworkbench.engine.stream.TableStream;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/**
 * DescribeStream (DynamoDB Streams API). Every stream has a single shard, so a page holds it unless the
 * request starts after it, and a child-shard filter finds nothing: the engine never splits shards.
 */
public final class DescribeStream implements Action {
    private static final int MAX_LIMIT = 100;

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String streamArn = JsonFields.string(request, "StreamArn");
        Long limit = JsonFields.integer(request, "Limit", "Integer");
        String startAfter = JsonFields.string(request, "ExclusiveStartShardId");
        JsonObject shardFilter = JsonFields.structure(request, "ShardFilter");
        Constraints check = StreamRequests.streamArn(Constraints.check().notNull("streamArn", streamArn),
                "streamArn", streamArn);
        StreamRequests.limit(check, limit, MAX_LIMIT);
        StreamRequests.shardId(check, "exclusiveStartShardId", startAfter).throwIfAny();

        TableStream stream = context.streams().require(streamArn);
        Shard shard = stream.shard();
        boolean listed = shardFilter == null && (startAfter == null || shard.id().compareTo(startAfter) > 0);
        return new JsonObject().put("StreamDescription",
                StreamJson.description(stream, listed ? List.of(shard) : List.of()));
    }
}
