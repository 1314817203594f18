package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonSyntaxException;
import io.ddbworkbench.engine.json.JsonWriter;
import io.ddbworkbench.engine.transaction.IdempotencyTokens;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A completed ClientRequestToken on disk: everything a replay after a restart needs to answer as the first
 * run did, and the instant its ten minutes are counted from.
 */
final class TokenCodec {
    private TokenCodec() {
    }

    static void write(ByteOutput out, IdempotencyTokens.Completion completion) {
        out.writeString(completion.token());
        out.writeString(completion.fingerprint());
        out.writeInstant(completion.completedAt());
        Map<String, Double> units = completion.completed().replayReadUnits();
        out.writeVarLong(units.size());
        units.forEach((table, tableUnits) -> {
            out.writeString(table);
            out.writeLong(Double.doubleToLongBits(tableUnits));
        });
        out.writeOptional(completion.completed().itemCollectionMetrics(),
                metrics -> out.writeString(JsonWriter.toJson(metrics)));
    }

    static IdempotencyTokens.Completion read(ByteInput in) {
        String token = in.readString();
        String fingerprint = in.readString();
        Instant completedAt = in.readInstant();
        int tables = in.readLength();
        Map<String, Double> units = new LinkedHashMap<>();
        for (int i = 0; i < tables; i++) {
            units.put(in.readString(), Double.longBitsToDouble(in.readLong()));
        }
        JsonObject metrics = in.readOptional(TokenCodec::readMetrics);
        return new IdempotencyTokens.Completion(token, fingerprint, completedAt,
                new IdempotencyTokens.Completed(units, metrics));
    }

    private static JsonObject readMetrics(ByteInput in) {
        try {
            if (JsonParser.parse(in.readString()) instanceof JsonObject metrics) {
                return metrics;
            }
        } catch (JsonSyntaxException e) {
            // reported below, like any other value that does not read back as written
        }
        throw in.corrupt("a token's item collection metrics are not a JSON object");
    }
}
