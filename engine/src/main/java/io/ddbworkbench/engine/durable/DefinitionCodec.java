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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one serialised form of {@link TableDefinition}, shared by the log and snapshots. Every field is written,
 * in declaration order, each nullable one behind a presence byte; a field added to the definition must be
 * added here too (a test fails until it is).
 */
final class DefinitionCodec {
    private DefinitionCodec() {
    }

    static void write(ByteOutput out, TableDefinition definition) {
        optional(out, definition.name(), out::writeString);
        optional(out, definition.tableId(), out::writeString);
        optional(out, definition.arn(), out::writeString);
        optional(out, definition.createdAt(), value -> writeInstant(out, value));
        optional(out, definition.keySchema(), value -> writeKeySchema(out, value));
        out.writeVarLong(definition.attributeDefinitions().size());
        definition.attributeDefinitions().forEach((name, type) -> {
            out.writeString(name);
            out.writeString(type.name());
        });
        optional(out, definition.billingMode(), value -> out.writeString(value.name()));
        optional(out, definition.throughput(), value -> writeThroughput(out, value));
        writeIndexes(out, definition.localIndexes());
        writeIndexes(out, definition.globalIndexes());
        optional(out, definition.stream(), value -> writeStream(out, value));
        optional(out, definition.timeToLive(), value -> {
            out.writeByte(value.enabled() ? 1 : 0);
            optional(out, value.attributeName(), out::writeString);
            optional(out, value.changedAt(), instant -> writeInstant(out, instant));
            optional(out, value.settlesAt(), instant -> writeInstant(out, instant));
        });
        out.writeVarLong(definition.tags().size());
        definition.tags().forEach((key, value) -> {
            out.writeString(key);
            out.writeString(value);
        });
        out.writeByte(definition.deletionProtection() ? 1 : 0);
        optional(out, definition.tableClass(), out::writeString);
        optional(out, definition.status(), value -> out.writeString(value.name()));
        optional(out, definition.readyAt(), value -> writeInstant(out, value));
        optional(out, definition.lastUpdateToPayPerRequest(), value -> writeInstant(out, value));
        optional(out, definition.tableClassChangedAt(), value -> writeInstant(out, value));
        optional(out, definition.sse(), value -> {
            optional(out, value.sseType(), out::writeString);
            optional(out, value.kmsMasterKeyArn(), out::writeString);
        });
    }

    static TableDefinition read(ByteInput in) {
        TableDefinition.Builder definition = new TableDefinition.Builder()
                .name(optional(in, ByteInput::readString))
                .tableId(optional(in, ByteInput::readString))
                .arn(optional(in, ByteInput::readString))
                .createdAt(optional(in, DefinitionCodec::readInstant))
                .keySchema(optional(in, DefinitionCodec::readKeySchema));
        int attributeCount = in.readLength();
        Map<String, AttributeType> attributes = new LinkedHashMap<>();
        for (int i = 0; i < attributeCount; i++) {
            attributes.put(in.readString(), constant(in, AttributeType.class));
        }
        definition.attributeDefinitions(attributes)
                .billingMode(optional(in, input -> constant(input, BillingMode.class)))
                .throughput(optional(in, DefinitionCodec::readThroughput))
                .localIndexes(readIndexes(in))
                .globalIndexes(readIndexes(in))
                .stream(optional(in, DefinitionCodec::readStream))
                .timeToLive(optional(in, input -> new TimeToLiveSettings(readBoolean(input),
                        optional(input, ByteInput::readString), optional(input, DefinitionCodec::readInstant),
                        optional(input, DefinitionCodec::readInstant))));
        int tagCount = in.readLength();
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < tagCount; i++) {
            tags.put(in.readString(), in.readString());
        }
        return definition.tags(tags)
                .deletionProtection(readBoolean(in))
                .tableClass(optional(in, ByteInput::readString))
                .status(optional(in, input -> constant(input, TableStatus.class)))
                .readyAt(optional(in, DefinitionCodec::readInstant))
                .lastUpdateToPayPerRequest(optional(in, DefinitionCodec::readInstant))
                .tableClassChangedAt(optional(in, DefinitionCodec::readInstant))
                .sse(optional(in, input -> new SseSettings(optional(input, ByteInput::readString),
                        optional(input, ByteInput::readString))))
                .build();
    }

    private static void writeKeySchema(ByteOutput out, KeySchema schema) {
        writeKeyAttribute(out, schema.partitionKey());
        optional(out, schema.sortKey(), value -> writeKeyAttribute(out, value));
    }

    private static KeySchema readKeySchema(ByteInput in) {
        return new KeySchema(readKeyAttribute(in), optional(in, DefinitionCodec::readKeyAttribute));
    }

    private static void writeKeyAttribute(ByteOutput out, KeyAttribute attribute) {
        out.writeString(attribute.name());
        out.writeString(attribute.type().name());
    }

    private static KeyAttribute readKeyAttribute(ByteInput in) {
        return new KeyAttribute(in.readString(), constant(in, AttributeType.class));
    }

    private static void writeThroughput(ByteOutput out, ProvisionedThroughput throughput) {
        out.writeVarLong(throughput.readCapacityUnits());
        out.writeVarLong(throughput.writeCapacityUnits());
        optional(out, throughput.lastIncrease(), value -> writeInstant(out, value));
        optional(out, throughput.lastDecrease(), value -> writeInstant(out, value));
        out.writeVarLong(throughput.decreasesToday());
    }

    private static ProvisionedThroughput readThroughput(ByteInput in) {
        return new ProvisionedThroughput(in.readVarLong(), in.readVarLong(),
                optional(in, DefinitionCodec::readInstant), optional(in, DefinitionCodec::readInstant),
                (int) in.readVarLong());
    }

    private static void writeIndexes(ByteOutput out, List<IndexDefinition> indexes) {
        out.writeList(indexes, index -> {
            out.writeString(index.name());
            out.writeByte(index.global() ? 1 : 0);
            writeKeySchema(out, index.keySchema());
            optional(out, index.projection(), projection -> {
                out.writeString(projection.type().name());
                out.writeList(projection.nonKeyAttributes(), out::writeString);
            });
            optional(out, index.throughput(), value -> writeThroughput(out, value));
            optional(out, index.status(), value -> out.writeString(value.name()));
            optional(out, index.readyAt(), value -> writeInstant(out, value));
            optional(out, index.arn(), out::writeString);
            out.writeByte(index.backfilling() ? 1 : 0);
        });
    }

    private static List<IndexDefinition> readIndexes(ByteInput in) {
        return in.readList(input -> new IndexDefinition(input.readString(), readBoolean(input),
                readKeySchema(input), optional(input, DefinitionCodec::readProjection),
                optional(input, DefinitionCodec::readThroughput),
                optional(input, value -> constant(value, TableStatus.class)),
                optional(input, DefinitionCodec::readInstant), optional(input, ByteInput::readString),
                readBoolean(input)));
    }

    private static Projection readProjection(ByteInput in) {
        return new Projection(constant(in, ProjectionType.class), in.readList(ByteInput::readString));
    }

    private static void writeStream(ByteOutput out, StreamSettings stream) {
        out.writeByte(stream.enabled() ? 1 : 0);
        optional(out, stream.viewType(), value -> out.writeString(value.name()));
        optional(out, stream.latestArn(), out::writeString);
        optional(out, stream.latestLabel(), out::writeString);
    }

    private static StreamSettings readStream(ByteInput in) {
        return new StreamSettings(readBoolean(in), optional(in, input -> constant(input, StreamViewType.class)),
                optional(in, ByteInput::readString), optional(in, ByteInput::readString));
    }

    private static void writeInstant(ByteOutput out, Instant instant) {
        out.writeLong(instant.getEpochSecond());
        out.writeVarLong(instant.getNano());
    }

    private static Instant readInstant(ByteInput in) {
        long seconds = in.readLong();
        long nanos = in.readVarLong();
        if (nanos >= 1_000_000_000L) {
            throw in.corrupt("an instant with " + nanos + " nanoseconds");
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static boolean readBoolean(ByteInput in) {
        int value = in.readByte();
        if (value > 1) {
            throw in.corrupt("a flag of " + value);
        }
        return value == 1;
    }

    private static <E extends Enum<E>> E constant(ByteInput in, Class<E> type) {
        String name = in.readString();
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw in.corrupt("'" + name + "' is not a " + type.getSimpleName());
        }
    }

    private static <T> void optional(ByteOutput out, T value, Consumer<T> write) {
        if (value == null) {
            out.writeByte(0);
        } else {
            out.writeByte(1);
            write.accept(value);
        }
    }

    private static <T> T optional(ByteInput in, Function<ByteInput, T> read) {
        return readBoolean(in) ? read.apply(in) : null;
    }
}
