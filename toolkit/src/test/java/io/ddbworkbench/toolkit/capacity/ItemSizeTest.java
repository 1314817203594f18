package io.ddbworkbench.toolkit.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizeTest {

    /** Sizes measured against the real service at the 400 KB gate (recorded by the dynamodb-conformance suite). */
    @ParameterizedTest(name = "{0} costs {1} bytes")
    @CsvSource({
        "0, 1", "1, 2", "12, 2", "123, 3", "1234, 3",
        "12345678901234567890123456789012345678, 20",
        "0042, 2", "100, 2", "1010, 3", "0.0000001, 2", "1E125, 2", "1E-100, 2",
        "1.5, 3", "15, 2", "1.2, 3", "1.200, 3", "1.234, 4", "3.14159, 5", "123456, 4",
        "100.5, 4", "0.15, 2", "-42, 3", "-0, 1"
    })
    void numbersCostWhatTheServiceMeasured(String literal, int bytes) {
        assertThat(ItemSize.numberBytes(literal)).isEqualTo(bytes);
    }

    @Test
    void stringsAndNamesCountUtf8Bytes() {
        Map<String, AttributeValue> item = Map.of("név", AttributeValue.fromS("日本"));

        assertThat(ItemSize.of(item)).isEqualTo(4 + 6);
    }

    @Test
    void scalarsSetsAndBinaries() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10])));
        item.put("ok", AttributeValue.fromBool(true));
        item.put("none", AttributeValue.fromNul(true));
        item.put("ss", AttributeValue.fromSs(List.of("ab", "cde")));
        item.put("ns", AttributeValue.fromNs(List.of("1", "3.14159")));

        assertThat(ItemSize.of(item)).isEqualTo((1 + 10) + (2 + 1) + (4 + 1) + (2 + 5) + (2 + 2 + 5));
    }

    @Test
    void listsAndMapsAddThreeBytesPlusOnePerElement() {
        AttributeValue list = AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("bc")));
        AttributeValue map = AttributeValue.fromM(Map.of("k", AttributeValue.fromN("7")));

        assertThat(ItemSize.of(list)).isEqualTo(3 + (1 + 1) + (1 + 2));
        assertThat(ItemSize.of(map)).isEqualTo(3 + (1 + 1 + 2));
        assertThat(ItemSize.of(AttributeValue.fromL(List.of()))).isEqualTo(3);
    }
}
