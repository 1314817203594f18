package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.StreamSettings;
import io.ddbworkbench.engine.table.StreamViewType;
import io.ddbworkbench.engine.validation.Constraints;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A StreamSpecification as requested, and how a new stream gets its label and ARN. */
public record StreamSpec(Boolean enabled, String viewType) {
    private static final List<String> VIEW_TYPES = List.of("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY");
    /** Stream labels are the creation time in UTC, to the millisecond, without a zone suffix. */
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    static StreamSpec from(JsonObject request) {
        JsonObject json = JsonFields.structure(request, "StreamSpecification");
        if (json == null) {
            return null;
        }
        return new StreamSpec(JsonFields.bool(json, "StreamEnabled"), JsonFields.string(json, "StreamViewType"));
    }

    static void checkShape(Constraints check, StreamSpec stream) {
        if (stream == null) {
            return;
        }
        check.notNull("streamSpecification.streamEnabled", stream.enabled)
                .oneOf("streamSpecification.streamViewType", stream.viewType, VIEW_TYPES);
    }

    /** CreateTable's wording: a view type exactly when the stream is enabled. */
    void checkForCreate() {
        if (enabled && viewType == null) {
            throw InvalidParameter.of("Table is being created with a stream enabled, UpdateViewType is required");
        }
        if (!enabled && viewType != null) {
            throw InvalidParameter.of(
                    "Table is being created with a stream disabled, UpdateViewType should not be specified");
        }
    }

    /** UpdateTable's wording for the same rule. */
    void checkForUpdate() {
        if (enabled && viewType == null) {
            throw InvalidParameter.of("If stream is being enabled then UpdateViewType is required");
        }
        if (!enabled && viewType != null) {
            throw InvalidParameter.of("If stream is being disabled, then UpdateViewType must not be specified");
        }
    }

    /**
     * A new stream for the table: every enablement creates a new stream with its own label and ARN, while
     * the previous stream (kept in {@code previous}) stays readable for a day. Labels never repeat, even when
     * two streams start within the same millisecond.
     */
    StreamSettings start(String tableArn, Instant now, StreamSettings previous) {
        Instant created = now;
        if (previous.latestLabel() != null) {
            Instant previousStart = Instant.from(LABEL.parse(previous.latestLabel()));
            if (!created.isAfter(previousStart)) {
                created = previousStart.plusMillis(1);
            }
        }
        String label = LABEL.format(created);
        return new StreamSettings(true, StreamViewType.valueOf(viewType), Arns.stream(tableArn, label), label);
    }
}
