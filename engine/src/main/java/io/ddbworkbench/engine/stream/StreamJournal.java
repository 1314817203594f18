package io.ddbworkbench.engine.stream;

import java.time.Instant;

/**
 * Told about every change to the streams that time alone does not explain, so the durable storage can bring
 * them back after a restart with the same shards and sequence numbers a consumer may have checkpointed.
 */
public interface StreamJournal {
    StreamJournal NONE = new StreamJournal() {
        @Override
        public void appended(TableStream stream, StreamRecord record) {
        }

        @Override
        public void disabled(TableStream stream, Instant at) {
        }
    };

    /**
     * A record joined the stream's shard. Called on the committing thread, under the table's lock, while the
     * write path is telling its listeners about the commit that made the record.
     */
    void appended(TableStream stream, StreamRecord record);

    /** The stream closed at {@code at}. */
    void disabled(TableStream stream, Instant at);
}
