package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.stream.StreamRequests;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.stream.ShardIteratorType;
import io.ddbworkbench.engine.validation.Constraints;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** GetShardIterator (DynamoDB Streams API): a 15-minute iterator into a shard, from any of its starting points. */
public final class GetShardIterator implements Action {
    private static final List<String> TYPES = names();

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String streamArn = JsonFields.string(request, "StreamArn");
        String shardId = JsonFields.string(request, "ShardId");
        String type = JsonFields.string(request, "ShardIteratorType");
        String sequenceNumber = JsonFields.string(request, "SequenceNumber");
        Instant timestamp = timestamp(request.get("Timestamp"));
        Constraints check = Constraints.check().notNull("streamArn", streamArn);
        StreamRequests.streamArn(check, "streamArn", streamArn).notNull("shardId", shardId);
        StreamRequests.shardId(check, "shardId", shardId)
                .notNull("shardIteratorType", type)
                .oneOf("shardIteratorType", type, TYPES)
                .length("sequenceNumber", sequenceNumber, 21, 40)
                .throwIfAny();

        String iterator = context.streams().shardIterator(streamArn, shardId, ShardIteratorType.valueOf(type),
                sequenceNumber, timestamp);
        return new JsonObject().put("ShardIterator", iterator);
    }

    /** Timestamps travel as epoch seconds, with an optional fraction. */
    private static Instant timestamp(JsonValue value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw ApiException.serialization("Timestamp must be a number of epoch seconds");
        }
        BigDecimal seconds = number.decimal();
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ShardIteratorType type : ShardIteratorType.values()) {
            names.add(type.name());
        }
        return List.copyOf(names);
    }
}
