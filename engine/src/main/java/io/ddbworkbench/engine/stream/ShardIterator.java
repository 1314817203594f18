package io.ddbworkbench.engine.stream;

import io.ddbworkbench.engine.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A reader's place in a shard, handed out as an opaque string. Like the service's, the string starts with the
 * stream ARN; the rest encodes the shard, the next sequence number to read and when it was issued, so the
 * engine keeps no state per iterator and a stale one can be recognised on sight.
 *
 * @param position the smallest sequence number the next read may return
 */
record ShardIterator(String streamArn, String shardId, long position, Instant issuedAt) {
    private static final String VERSION = "|1|";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    String encode() {
        String state = shardId + ":" + position + ":" + issuedAt.toEpochMilli();
        return streamArn + VERSION + ENCODER.encodeToString(state.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads an iterator this engine issued; anything else is refused as invalid. */
    static ShardIterator decode(String token) {
        int split = token.indexOf(VERSION);
        if (split <= 0) {
            throw invalid();
        }
        try {
            String[] state = new String(DECODER.decode(token.substring(split + VERSION.length())),
                    StandardCharsets.UTF_8).split(":");
            if (state.length != 3) {
                throw invalid();
            }
            return new ShardIterator(token.substring(0, split), state[0], Long.parseLong(state[1]),
                    Instant.ofEpochMilli(Long.parseLong(state[2])));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.validation("Invalid ShardIterator");
    }
}
