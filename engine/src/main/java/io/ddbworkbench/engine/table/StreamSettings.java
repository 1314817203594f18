package io.ddbworkbench.engine.table;

/** A table's stream: whether enabled, its view type and the ARN and label of the latest stream. */
public record StreamSettings(boolean enabled, StreamViewType viewType, String latestArn, String latestLabel) {

    public static final StreamSettings DISABLED = new StreamSettings(false, null, null, null);
}
