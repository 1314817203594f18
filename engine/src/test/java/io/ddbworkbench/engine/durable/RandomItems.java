package io.ddbworkbench.engine.durable;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.BinarySetValue;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded generator of items with every attribute type, nested a few levels deep. */
final class RandomItems {
    private static final String[] TEXTS =
            {"", "a", "plain", "ünïcødé", "日本語", "emoji \uD83D\uDE00", "tab\tnew\nline"};
    private static final String[] NUMBERS = {"0", "-1", "42", "3.14159", "-0.000001",
            "12345678901234567890123456789012345678", "9.9999999999999999999999999999999999999E+125", "1E-130"};

    private final Random random;

    RandomItems(long seed) {
        random = new Random(seed);
    }

    /** An item with key attribute {@code pk} (S) and a handful of random attributes. */
    Item item(String pk) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("pk", new StringValue(pk));
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            attributes.put("a" + random.nextInt(20), value(0));
        }
        return Item.of(attributes);
    }

    AttributeValue value(int depth) {
        int kind = random.nextInt(depth >= 3 ? 8 : 10);
        switch (kind) {
            case 0:
                return new StringValue(pick(TEXTS) + random.nextInt(100));
            case 1:
                return NumberValue.parse(pick(NUMBERS));
            case 2:
                return BinaryValue.wrap(bytes());
            case 3:
                return BooleanValue.of(random.nextBoolean());
            case 4:
                return NullValue.INSTANCE;
            case 5: {
                LinkedHashSet<String> strings = new LinkedHashSet<>();
                for (int i = 0; i <= random.nextInt(4); i++) {
                    strings.add(pick(TEXTS) + i);
                }
                return new StringSetValue(new ArrayList<>(strings));
            }
            case 6: {
                List<NumberValue> numbers = new ArrayList<>();
                for (int i = 0; i <= random.nextInt(4); i++) {
                    numbers.add(NumberValue.of(new BigDecimal(i).add(new BigDecimal("0.5"))));
                }
                return new NumberSetValue(numbers);
            }
            case 7: {
                List<BinaryValue> binaries = new ArrayList<>();
                for (int i = 0; i <= random.nextInt(3); i++) {
                    binaries.add(BinaryValue.wrap(new byte[] {(byte) i, (byte) (i * 97)}));
                }
                return new BinarySetValue(binaries);
            }
            case 8: {
                List<AttributeValue> elements = new ArrayList<>();
                for (int i = 0; i < random.nextInt(4); i++) {
                    elements.add(value(depth + 1));
                }
                return new ListValue(elements);
            }
            default: {
                Map<String, AttributeValue> entries = new LinkedHashMap<>();
                for (int i = 0; i < random.nextInt(4); i++) {
                    entries.put(pick(TEXTS) + i, value(depth + 1));
                }
                return new MapValue(entries);
            }
        }
    }

    private byte[] bytes() {
        byte[] bytes = new byte[random.nextInt(40)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
