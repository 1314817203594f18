package io.ddbworkbench.labs.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items of every attribute type, nested up to two levels, from a seeded {@link Random}: the same items on every
 * run. Names and strings mix ASCII with two- and three-byte UTF-8 characters; numbers are whole, some negative,
 * some with trailing zeros.
 */
final class RandomItems {
    private static final String LETTERS = "abcxyzAZ09_-éüß€中";

    private final Random random;

    RandomItems(long seed) {
        this.random = new Random(seed);
    }

    Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        int attributes = 1 + random.nextInt(6);
        while (item.size() < attributes) {
            item.put(text(1 + random.nextInt(8)), value(2));
        }
        return item;
    }

    private AttributeValue value(int depth) {
        int kinds = depth > 0 ? 10 : 8;
        switch (random.nextInt(kinds)) {
            case 0:
                return AttributeValue.fromS(text(random.nextInt(20)));
            case 1:
                return AttributeValue.fromN(number());
            case 2:
                return AttributeValue.fromB(SdkBytes.fromByteArray(bytes()));
            case 3:
                return AttributeValue.fromBool(random.nextBoolean());
            case 4:
                return AttributeValue.fromNul(true);
            case 5:
                return AttributeValue.fromSs(distinct(() -> text(1 + random.nextInt(6))));
            case 6:
                return AttributeValue.fromNs(distinct(this::number));
            case 7:
                return AttributeValue.fromBs(distinctBytes());
            case 8:
                List<AttributeValue> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(depth - 1));
                }
                return AttributeValue.fromL(list);
            default:
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(text(1 + random.nextInt(5)), value(depth - 1));
                }
                return AttributeValue.fromM(map);
        }
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }

    private String number() {
        long magnitude = (long) Math.pow(10, random.nextInt(12)) * random.nextInt(1000);
        return Long.toString(random.nextBoolean() ? magnitude : -magnitude);
    }

    private byte[] bytes() {
        byte[] bytes = new byte[random.nextInt(12)];
        random.nextBytes(bytes);
        return bytes;
    }

    private List<String> distinct(Supplier<String> element) {
        Set<String> elements = new LinkedHashSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            elements.add(element.get());
        }
        return new ArrayList<>(elements);
    }

    private List<SdkBytes> distinctBytes() {
        List<SdkBytes> elements = new ArrayList<>();
        for (String text : distinct(() -> text(1 + random.nextInt(4)))) {
            elements.add(SdkBytes.fromUtf8String(text));
        }
        return elements;
    }
}
