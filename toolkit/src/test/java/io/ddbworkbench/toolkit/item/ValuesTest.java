package io.ddbworkbench.toolkit.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ValuesTest {

    @Test
    void plainJavaValuesBecomeTheirDynamoDbTypes() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("UserID", "user123");
        plain.put("Age", 30);
        plain.put("Score", 12.5);
        plain.put("Active", true);
        plain.put("Nothing", null);
        plain.put("Avatar", new byte[] {1, 2});
        plain.put("Tags", Set.of("a"));
        plain.put("Lucky", Set.of(7));
        plain.put("History", List.of("x", 1));
        plain.put("Address", Map.of("City", "Oslo"));

        Map<String, AttributeValue> item = Values.item(plain);

        assertThat(item).containsEntry("UserID", AttributeValue.fromS("user123"))
                .containsEntry("Age", AttributeValue.fromN("30"))
                .containsEntry("Score", AttributeValue.fromN("12.5"))
                .containsEntry("Active", AttributeValue.fromBool(true))
                .containsEntry("Nothing", AttributeValue.fromNul(true))
                .containsEntry("Avatar", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2})))
                .containsEntry("Tags", AttributeValue.fromSs(List.of("a")))
                .containsEntry("Lucky", AttributeValue.fromNs(List.of("7")))
                .containsEntry("History", AttributeValue.fromL(List.of(AttributeValue.fromS("x"),
                        AttributeValue.fromN("1"))))
                .containsEntry("Address", AttributeValue.fromM(Map.of("City", AttributeValue.fromS("Oslo"))));
    }

    @Test
    void roundTripKeepsNumbersExact() {
        Random random = new Random(20241220);
        for (int i = 0; i < 500; i++) {
            BigDecimal number = new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(20));
            Object back = Values.plain(Values.of(number));
            assertThat((BigDecimal) back).isEqualByComparingTo(number);
        }
    }

    @Test
    void whatDynamoDbCannotHoldIsRefusedWithAReason() {
        assertThatThrownBy(() -> Values.of(Set.of())).hasMessageContaining("no empty sets");
        assertThatThrownBy(() -> Values.of(Set.of("a", 1))).hasMessageContaining("only strings, only numbers");
        assertThatThrownBy(() -> Values.of(Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Values.of(new Object())).hasMessageContaining("no DynamoDB type");
    }
}
