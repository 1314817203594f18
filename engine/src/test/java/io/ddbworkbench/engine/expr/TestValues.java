package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinaryValue;
import io.ddbworkbench.engine.model.BooleanValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.ListValue;
import io.ddbworkbench.engine.model.MapValue;
import io.ddbworkbench.engine.model.NullValue;
import io.ddbworkbench.engine.model.NumberSetValue;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringSetValue;
import io.ddbworkbench.engine.model.StringValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Short builders for values, items and placeholders in expression tests. */
final class TestValues {
    private TestValues() {
    }

    static StringValue s(String value) {
        return new StringValue(value);
    }

    static NumberValue n(String value) {
        return NumberValue.parse(value);
    }

    static BinaryValue b(String utf8) {
        return BinaryValue.wrap(utf8.getBytes(StandardCharsets.UTF_8));
    }

    static BooleanValue bool(boolean value) {
        return BooleanValue.of(value);
    }

    static NullValue nul() {
        return NullValue.INSTANCE;
    }

    static StringSetValue ss(String... values) {
        return new StringSetValue(Arrays.asList(values));
    }

    static NumberSetValue ns(String... values) {
        List<NumberValue> numbers = new ArrayList<>();
        for (String value : values) {
            numbers.add(n(value));
        }
        return new NumberSetValue(numbers);
    }

    static ListValue list(AttributeValue... values) {
        return new ListValue(Arrays.asList(values));
    }

    static MapValue map(Object... nameValuePairs) {
        return new MapValue(pairs(nameValuePairs));
    }

    static Item item(Object... nameValuePairs) {
        return Item.of(pairs(nameValuePairs));
    }

    private static Map<String, AttributeValue> pairs(Object... nameValuePairs) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            map.put((String) nameValuePairs[i], (AttributeValue) nameValuePairs[i + 1]);
        }
        return map;
    }

    /** Placeholders from alternating keys and values: "#n", "name", ":v", s("x"), ... */
    static ExpressionAttributes placeholders(Object... keyValuePairs) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValuePairs.length; i += 2) {
            String key = (String) keyValuePairs[i];
            if (key.startsWith("#")) {
                names.put(key, (String) keyValuePairs[i + 1]);
            } else {
                values.put(key, (AttributeValue) keyValuePairs[i + 1]);
            }
        }
        return ExpressionAttributes.of(names.isEmpty() ? null : names, values);
    }

    /** Asserts a ValidationException with exactly this message. */
    static void assertInvalid(ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ApiException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessage(message);
    }
}
