package io.ddbworkbench.engine.stream;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.ItemChange;
import io.ddbworkbench.engine.table.StreamViewType;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One change as a stream consumer reads it. Images are kept only when the stream's view type asks for them,
 * so a KEYS_ONLY stream holds no item data at all.
 *
 * @param sequence the engine's counter; {@link #sequenceNumber()} is the wire form
 * @param newImage the item after the change, or null (REMOVE, or a view type without new images)
 * @param oldImage the item before the change, or null (INSERT, or a view type without old images)
 * @param byTimeToLive the service deleted the item because its TTL passed
 */
public record StreamRecord(long sequence, String eventId, EventName eventName, Item keys, Item newImage,
                           Item oldImage, Instant createdAt, StreamViewType viewType, boolean byTimeToLive) {

    /** What happened to the item. */
    public enum EventName { INSERT, MODIFY, REMOVE }

    static StreamRecord of(ItemChange change, long sequence, StreamViewType viewType, Instant now) {
        EventName event = change.isInsert() ? EventName.INSERT
                : change.isRemove() ? EventName.REMOVE : EventName.MODIFY;
        boolean newImages = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
        boolean oldImages = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
        return new StreamRecord(sequence, newEventId(), event,
                change.key().toItem(change.table().keySchema()),
                newImages ? change.newItem() : null,
                oldImages ? change.oldItem() : null,
                now, viewType, change.byTimeToLive());
    }

    /** 32 hex digits, like the service's; unique enough without the cost of a secure random source. */
    private static String newEventId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }

    public String sequenceNumber() {
        return SequenceNumbers.format(sequence);
    }

    /**
     * The keys and the images the record carries, each sized by the item-size rule: the figure the service
     * reports (a KEYS_ONLY record of two string keys is the keys' size, an image record adds its images).
     */
    public long sizeBytes() {
        long size = keys.size();
        if (newImage != null) {
            size += newImage.size();
        }
        if (oldImage != null) {
            size += oldImage.size();
        }
        return size;
    }
}
