package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.BillingMode;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.Projection;
import io.ddbworkbench.engine.table.ProjectionType;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.SseSettings;
import io.ddbworkbench.engine.table.StreamSettings;
import io.ddbworkbench.engine.table.StreamViewType;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.table.TimeToLiveSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one serialised form of {@link TableDefinition}, shared by the log and snapshots. Every field is written,
 * in declaration order, each nullable one behind a presence byte; a field added to the definition must be
 * added here too (a test fails until it is).
 */
final class DefinitionCodec {
    private DefinitionCodec() {
    }

    static void write(ByteOutput out, TableDefinition definition) {
        out.writeOptional(definition.name(), out::writeString);
        out.writeOptional(definition.tableId(), out::writeString);
        out.writeOptional(definition.arn(), out::writeString);
        out.writeOptional(definition.createdAt(), out::writeInstant);
        out.writeOptional(definition.keySchema(), schema -> writeKeySchema(out, schema));
        out.writeVarLong(definition.attributeDefinitions().size());
        definition.attributeDefinitions().forEach((name, type) -> {
            out.writeString(name);
            out.writeEnum(type);
        });
        out.writeOptional(definition.billingMode(), out::writeEnum);
        out.writeOptional(definition.throughput(), throughput -> writeThroughput(out, throughput));
        writeIndexes(out, definition.localIndexes());
        writeIndexes(out, definition.globalIndexes());
        out.writeOptional(definition.stream(), stream -> {
            out.writeBoolean(stream.enabled());
            out.writeOptional(stream.viewType(), out::writeEnum);
            out.writeOptional(stream.latestArn(), out::writeString);
            out.writeOptional(stream.latestLabel(), out::writeString);
        });
        out.writeOptional(definition.timeToLive(), timeToLive -> {
            out.writeBoolean(timeToLive.enabled());
            out.writeOptional(timeToLive.attributeName(), out::writeString);
            out.writeOptional(timeToLive.changedAt(), out::writeInstant);
            out.writeOptional(timeToLive.settlesAt(), out::writeInstant);
        });
        out.writeVarLong(definition.tags().size());
        definition.tags().forEach((key, value) -> {
            out.writeString(key);
            out.writeString(value);
        });
        out.writeBoolean(definition.deletionProtection());
        out.writeOptional(definition.tableClass(), out::writeString);
        out.writeOptional(definition.status(), out::writeEnum);
        out.writeOptional(definition.readyAt(), out::writeInstant);
        out.writeOptional(definition.lastUpdateToPayPerRequest(), out::writeInstant);
        out.writeOptional(definition.tableClassChangedAt(), out::writeInstant);
        out.writeOptional(definition.sse(), sse -> {
            out.writeOptional(sse.sseType(), out::writeString);
            out.writeOptional(sse.kmsMasterKeyArn(), out::writeString);
        });
    }

    static TableDefinition read(ByteInput in) {
        TableDefinition.Builder definition = new TableDefinition.Builder()
                .name(in.readOptional(ByteInput::readString))
                .tableId(in.readOptional(ByteInput::readString))
                .arn(in.readOptional(ByteInput::readString))
                .createdAt(in.readOptional(ByteInput::readInstant))
                .keySchema(in.readOptional(DefinitionCodec::readKeySchema));
        int attributeCount = in.readLength();
        Map<String, AttributeType> attributes = new LinkedHashMap<>();
        for (int i = 0; i < attributeCount; i++) {
            attributes.put(in.readString(), in.readEnum(AttributeType.class));
        }
        definition.attributeDefinitions(attributes)
                .billingMode(in.readOptional(input -> input.readEnum(BillingMode.class)))
                .throughput(in.readOptional(DefinitionCodec::readThroughput))
                .localIndexes(readIndexes(in))
                .globalIndexes(readIndexes(in))
                .stream(in.readOptional(input -> new StreamSettings(input.readBoolean(),
                        input.readOptional(value -> value.readEnum(StreamViewType.class)),
                        input.readOptional(ByteInput::readString), input.readOptional(ByteInput::readString))))
                .timeToLive(in.readOptional(input -> new TimeToLiveSettings(input.readBoolean(),
                        input.readOptional(ByteInput::readString), input.readOptional(ByteInput::readInstant),
                        input.readOptional(ByteInput::readInstant))));
        int tagCount = in.readLength();
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < tagCount; i++) {
            tags.put(in.readString(), in.readString());
        }
        return definition.tags(tags)
                .deletionProtection(in.readBoolean())
                .tableClass(in.readOptional(ByteInput::readString))
                .status(in.readOptional(input -> input.readEnum(TableStatus.class)))
                .readyAt(in.readOptional(ByteInput::readInstant))
                .lastUpdateToPayPerRequest(in.readOptional(ByteInput::readInstant))
                .tableClassChangedAt(in.readOptional(ByteInput::readInstant))
                .sse(in.readOptional(input -> new SseSettings(input.readOptional(ByteInput::readString),
                        input.readOptional(ByteInput::readString))))
                .build();
    }

    static void writeKeySchema(ByteOutput out, KeySchema schema) {
        writeKeyAttribute(out, schema.partitionKey());
        out.writeOptional(schema.sortKey(), attribute -> writeKeyAttribute(out, attribute));
    }

    static KeySchema readKeySchema(ByteInput in) {
        return new KeySchema(readKeyAttribute(in), in.readOptional(DefinitionCodec::readKeyAttribute));
    }

    private static void writeKeyAttribute(ByteOutput out, KeyAttribute attribute) {
        out.writeString(attribute.name());
        out.writeEnum(attribute.type());
    }

    private static KeyAttribute readKeyAttribute(ByteInput in) {
        return new KeyAttribute(in.readString(), in.readEnum(AttributeType.class));
    }

    private static void writeThroughput(ByteOutput out, ProvisionedThroughput throughput) {
        out.writeVarLong(throughput.readCapacityUnits());
        out.writeVarLong(throughput.writeCapacityUnits());
        out.writeOptional(throughput.lastIncrease(), out::writeInstant);
        out.writeOptional(throughput.lastDecrease(), out::writeInstant);
        out.writeVarLong(throughput.decreasesToday());
    }

    private static ProvisionedThroughput readThroughput(ByteInput in) {
        return new ProvisionedThroughput(in.readVarLong(), in.readVarLong(),
                in.readOptional(ByteInput::readInstant), in.readOptional(ByteInput::readInstant),
                (int) in.readVarLong());
    }

    private static void writeIndexes(ByteOutput out, List<IndexDefinition> indexes) {
        out.writeList(indexes, index -> {
            out.writeString(index.name());
            out.writeBoolean(index.global());
            writeKeySchema(out, index.keySchema());
            out.writeOptional(index.projection(), projection -> {
                out.writeEnum(projection.type());
                out.writeList(projection.nonKeyAttributes(), out::writeString);
            });
            out.writeOptional(index.throughput(), throughput -> writeThroughput(out, throughput));
            out.writeOptional(index.status(), out::writeEnum);
            out.writeOptional(index.readyAt(), out::writeInstant);
            out.writeOptional(index.arn(), out::writeString);
            out.writeBoolean(index.backfilling());
        });
    }

    private static List<IndexDefinition> readIndexes(ByteInput in) {
        return in.readList(input -> new IndexDefinition(input.readString(), input.readBoolean(),
                readKeySchema(input),
                input.readOptional(value -> new Projection(value.readEnum(ProjectionType.class),
                        value.readList(ByteInput::readString))),
                input.readOptional(DefinitionCodec::readThroughput),
                input.readOptional(value -> value.readEnum(TableStatus.class)),
                input.readOptional(ByteInput::readInstant), input.readOptional(ByteInput::readString),
                input.readBoolean()));
    }
}
