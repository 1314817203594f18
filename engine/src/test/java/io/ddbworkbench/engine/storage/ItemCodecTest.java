package io.ddbworkbench.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.ddbworkbench.engine.table.OrderedKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemCodecTest {
    private static final String[] TEXTS = {"", "a", "héllo", "日本語", "emoji \uD83D\uDE00", "x".repeat(300)};
    private static final String[] NUMBERS = {"0", "-1", "1.5", "123456789012345678901234567890.12345678",
            "1E+125", "-1E-130", "0.0001"};

    @Test
    void randomItemsOfEveryTypeComeBackEqualWithTheirSize() {
        Random random = new Random(20240601);
        for (int round = 0; round < 2_000; round++) {
            Item item = Item.of(randomMap(random, 0));
            byte[] bytes = ItemCodec.encode(item);
            Item decoded = ItemCodec.decode(bytes);
            assertThat(decoded).as("round %d", round).isEqualTo(item);
            assertThat(decoded.size()).isEqualTo(item.size());
            assertThat(ItemCodec.size(bytes)).isEqualTo(item.size());
            assertThat(decoded.attributes().keySet()).containsExactlyElementsOf(item.attributes().keySet());
        }
    }

    @Test
    void anItemTakesLittleMoreThanItsDynamoDbSize() {
        Item item = Item.of(Map.of("pk", new StringValue("user-1"), "payload", new StringValue("p".repeat(900)),
                "visits", NumberValue.of(42)));
        assertThat(ItemCodec.encode(item).length).as("three bytes or so of framing per attribute").isBetween(item.size(), item.size() + 16);
    }

    @Test
    void theStoreHandsBackWhatWasPutInKeyOrderAndKeepsItsAccounts() {
        InMemoryItemStore store = new InMemoryItemStore();
        Item first = Item.of(Map.of("k", new StringValue("a"), "v", new ListValue(List.of(BooleanValue.of(true)))));
        Item second = Item.of(Map.of("k", new StringValue("b")));
        store.put(OrderedKey.of(new StringValue("p"), new StringValue("a")), first);
        store.put(OrderedKey.of(new StringValue("p"), new StringValue("b")), second);
        store.put(OrderedKey.of(new StringValue("p"), new StringValue("b")), second);
        assertThat(store.get(OrderedKey.of(new StringValue("p"), new StringValue("a")))).isEqualTo(first);
        assertThat(store.itemCount()).isEqualTo(2);
        assertThat(store.sizeBytes()).isEqualTo(first.size() + second.size());
        List<Item> reversed = new ArrayList<>();
        store.range(null, true, null, true, true).forEachRemaining(entry -> reversed.add(entry.getValue()));
        assertThat(reversed).containsExactly(second, first);
        store.remove(OrderedKey.of(new StringValue("p"), new StringValue("a")));
        assertThat(store.itemCount()).isEqualTo(1);
        assertThat(store.sizeBytes()).isEqualTo(second.size());
    }

    private static Map<String, AttributeValue> randomMap(Random random, int depth) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        int count = random.nextInt(depth == 0 ? 8 : 4) + (depth == 0 ? 1 : 0);
        for (int i = 0; i < count; i++) {
            map.put(TEXTS[random.nextInt(TEXTS.length)] + i, randomValue(random, depth));
        }
        return map;
    }

    private static AttributeValue randomValue(Random random, int depth) {
        switch (random.nextInt(depth > 3 ? 8 : 10)) {
            case 0: return new StringValue(TEXTS[random.nextInt(TEXTS.length)]);
            case 1: return NumberValue.parse(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 2: return BinaryValue.wrap(randomBytes(random));
            case 3: return BooleanValue.of(random.nextBoolean());
            case 4: return NullValue.INSTANCE;
            case 5: return new StringSetValue(List.of("a", "b" + random.nextInt(9), "日本"));
            case 6: return new NumberSetValue(List.of(NumberValue.of(random.nextInt(100)), NumberValue.parse("-0.5")));
            case 7: return new BinarySetValue(List.of(BinaryValue.wrap(new byte[] {1, (byte) 0xFF}),
                    BinaryValue.wrap(randomBytes(random))));
            case 8: {
                List<AttributeValue> elements = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    elements.add(randomValue(random, depth + 1));
                }
                return new ListValue(elements);
            }
            default: return new MapValue(randomMap(random, depth + 1));
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(200)];
        random.nextBytes(bytes);
        bytes[0] = 7;
        return bytes;
    }
}
