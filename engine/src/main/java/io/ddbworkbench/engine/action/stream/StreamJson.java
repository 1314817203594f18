package io.ddbworkbench.engine.action.stream;

import io.ddbworkbench.engine.action.TableDescriptions;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValueJson;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.stream.Shard;
import io.ddbworkbench.engine.stream.StreamRecord;
import io.ddbworkbench.engine.stream.TableStream;

/** The Streams API's response shapes, with the member names the SDKs read. */
public final class StreamJson {
    private StreamJson() {
    }

    /** A stream as ListStreams lists it. */
    public static JsonObject summary(TableStream stream) {
        return new JsonObject()
                .put("StreamArn", stream.arn())
                .put("TableName", stream.tableName())
                .put("StreamLabel", stream.label());
    }

    /** A stream as DescribeStream describes it, with the given page of shards. */
    public static JsonObject description(TableStream stream, Iterable<Shard> shards) {
        JsonArray shardList = new JsonArray();
        for (Shard shard : shards) {
            shardList.add(new JsonObject()
                    .put("ShardId", shard.id())
                    .put("SequenceNumberRange", new JsonObject()
                            .put("StartingSequenceNumber", shard.startingSequenceNumber())
                            .put("EndingSequenceNumber", shard.endingSequenceNumber())));
        }
        return new JsonObject()
                .put("StreamArn", stream.arn())
                .put("StreamLabel", stream.label())
                .put("StreamStatus", stream.status())
                .put("StreamViewType", stream.viewType().name())
                .put("CreationRequestDateTime", TableDescriptions.epochSeconds(stream.createdAt()))
                .put("TableName", stream.tableName())
                .put("KeySchema", TableDescriptions.keySchema(stream.keySchema()))
                .put("Shards", shardList);
    }

    /**
     * A record as GetRecords returns it. Its time is rounded down to the second, as the service documents;
     * a deletion by the TTL process names the service as its author.
     */
    public static JsonObject record(StreamRecord record, String region) {
        JsonObject change = new JsonObject()
                .put("ApproximateCreationDateTime", JsonNumber.of(record.createdAt().getEpochSecond()))
                .put("Keys", AttributeValueJson.writeItem(record.keys()))
                .put("NewImage", image(record.newImage()))
                .put("OldImage", image(record.oldImage()))
                .put("SequenceNumber", record.sequenceNumber())
                .put("SizeBytes", record.sizeBytes())
                .put("StreamViewType", record.viewType().name());
        JsonObject json = new JsonObject()
                .put("eventID", record.eventId())
                .put("eventName", record.eventName().name())
                .put("eventVersion", "1.1")
                .put("eventSource", "aws:dynamodb")
                .put("awsRegion", region)
                .put("dynamodb", change);
        if (record.byTimeToLive()) {
            json.put("userIdentity", new JsonObject()
                    .put("PrincipalId", "dynamodb.amazonaws.com")
                    .put("Type", "Service"));
        }
        return json;
    }

    private static JsonObject image(Item item) {
        return item == null ? null : AttributeValueJson.writeItem(item);
    }
}
