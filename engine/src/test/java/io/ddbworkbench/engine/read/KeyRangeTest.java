package io.ddbworkbench.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.KeyValues;
import io.ddbworkbench.engine.model.StringValue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyRangeTest {
    private static final int[] CODE_POINTS = {'a', 'b', 'z', 0x7F, 0xE9, 0x7FF, 0xD7FF, 0xE000, 0xFFFF, 0x10000,
            0x1F600, Character.MAX_CODE_POINT};

    @Test
    void everyStringWithThePrefixSortsBelowItsSuccessorAndNoOtherStringBetween() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringValue prefix = new StringValue(randomString(random, 1 + random.nextInt(3)));
            StringValue candidate = new StringValue(randomString(random, random.nextInt(6)));
            AttributeValue next = KeyRange.prefixSuccessor(prefix);
            boolean inRange = KeyValues.compare(candidate, prefix) >= 0
                    && (next == null || KeyValues.compare(candidate, next) < 0);
            assertThat(inRange).as("%s under prefix %s", candidate, prefix)
                    .isEqualTo(candidate.value().startsWith(prefix.value()));
        }
    }

    @Test
    void binaryPrefixesCarryPastFullBytes() {
        Random random = new Random(12);
        for (int round = 0; round < 20_000; round++) {
            BinaryValue prefix = BinaryValue.wrap(randomBytes(random, 1 + random.nextInt(3)));
            BinaryValue candidate = BinaryValue.wrap(randomBytes(random, random.nextInt(5)));
            AttributeValue next = KeyRange.prefixSuccessor(prefix);
            boolean inRange = KeyValues.compare(candidate, prefix) >= 0
                    && (next == null || KeyValues.compare(candidate, next) < 0);
            assertThat(inRange).isEqualTo(candidate.startsWith(prefix));
        }
        assertThat(KeyRange.prefixSuccessor(BinaryValue.wrap(new byte[] {(byte) 0xFF, (byte) 0xFF}))).isNull();
    }

    @Test
    void everyHashFallsInExactlyOneSegment() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            int total = 1 + random.nextInt(round < 150 ? 8 : 2_000);
            long hash = random.nextLong() >>> 1;
            int containing = 0;
            for (int segment = 0; segment < total; segment++) {
                containing += segmentOf(segment, total).contains(hash) ? 1 : 0;
            }
            assertThat(containing).as("hash %d in %d segments", hash, total).isEqualTo(1);
        }
        assertThat(segmentOf(0, 3).contains(0)).isTrue();
        assertThat(segmentOf(2, 3).contains(Long.MAX_VALUE)).isTrue();
    }

    private static ScanSegment segmentOf(int segment, int total) {
        return ScanSegment.read(new JsonObject().put("Segment", segment).put("TotalSegments", total));
    }

    private static String randomString(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (random.nextBoolean() ? 0xFF : random.nextInt(3));
        }
        return bytes;
    }
}
