package io.ddbworkbench.toolkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ResumeTokenTest {

    @Test
    void randomKeysSurviveTheRoundTripAndTokensAreUrlSafe() {
        Random random = new Random(1234);
        for (int i = 0; i < 300; i++) {
            Map<String, AttributeValue> key = new HashMap<>();
            key.put("pk#" + i, AttributeValue.fromS(randomText(random)));
            key.put("sk:&=", random.nextBoolean()
                    ? AttributeValue.fromN(Long.toString(random.nextLong()))
                    : AttributeValue.fromB(SdkBytes.fromByteArray(randomBytes(random))));

            String token = ResumeToken.encode(key);

            assertThat(token).matches("[A-Za-z0-9_-]+");
            assertThat(ResumeToken.decode(token)).isEqualTo(key);
        }
    }

    @Test
    void foreignTokensAreRefused() {
        assertThatThrownBy(() -> ResumeToken.decode("not a token!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a resume token from this toolkit");
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? 0x1F600 + random.nextInt(40) : 32 + random.nextInt(95));
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(16)];
        random.nextBytes(bytes);
        return bytes;
    }
}
