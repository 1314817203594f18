package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.stream.StreamRecord;
import io.ddbworkbench.engine.stream.StreamState;
import io.ddbworkbench.engine.table.StreamViewType;
import java.util.List;

/**
 * Stream records and streams on disk, whole: sequence numbers, event ids and images exactly as consumers
 * read them, so a consumer's checkpoint still points at the same record after a restart.
 */
final class StreamCodec {
    private StreamCodec() {
    }

    static void writeRecord(ByteOutput out, StreamRecord record) {
        out.writeVarLong(record.sequence());
        out.writeString(record.eventId());
        out.writeEnum(record.eventName());
        out.writeItem(record.keys());
        out.writeOptional(record.newImage(), out::writeItem);
        out.writeOptional(record.oldImage(), out::writeItem);
        out.writeInstant(record.createdAt());
        out.writeEnum(record.viewType());
        out.writeBoolean(record.byTimeToLive());
    }

    static StreamRecord readRecord(ByteInput in) {
        return new StreamRecord(in.readVarLong(), in.readString(), in.readEnum(StreamRecord.EventName.class),
                in.readItem(), in.readOptional(ByteInput::readItem), in.readOptional(ByteInput::readItem),
                in.readInstant(), in.readEnum(StreamViewType.class), in.readBoolean());
    }

    /** A stream without its records, which a snapshot writes in batches after it. */
    static void writeStream(ByteOutput out, StreamState stream) {
        out.writeString(stream.arn());
        out.writeString(stream.label());
        out.writeString(stream.tableName());
        out.writeString(stream.tableId());
        DefinitionCodec.writeKeySchema(out, stream.keySchema());
        out.writeEnum(stream.viewType());
        out.writeInstant(stream.createdAt());
        out.writeOptional(stream.disabledAt(), out::writeInstant);
        out.writeString(stream.shardId());
        out.writeVarLong(stream.startingSequence());
        out.writeOptional(stream.lastTrimmed(), out::writeVarLong);
    }

    static StreamState readStream(ByteInput in, List<StreamRecord> records) {
        return new StreamState(in.readString(), in.readString(), in.readString(), in.readString(),
                DefinitionCodec.readKeySchema(in), in.readEnum(StreamViewType.class), in.readInstant(),
                in.readOptional(ByteInput::readInstant), in.readString(), in.readVarLong(),
                in.readOptional(ByteInput::readVarLong), records);
    }
}
