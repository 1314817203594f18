package io.ddbworkbench.engine.expr;

import static io.ddbworkbench.engine.expr.TestValues.n;
import static io.ddbworkbench.engine.expr.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.model.NumberValue;
import io.ddbworkbench.engine.model.StringValue;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.model.AttributeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks with a seeded generator (so a failure replays): random valid expressions parse and
 * agree with a straightforward reference evaluation, and random invalid text is always refused with a
 * ValidationException, never with any other exception.
 */
class ExpressionPropertyTest {
    private static final long SEED = 20240611L;
    private static final String[] ATTRIBUTES = {"a0", "a1", "a2", "a3", "a4"};
    private static final String[] OPERATORS = {"=", "<>", "<", "<=", ">", ">="};

    private final Random random = new Random(SEED);
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    ExpressionPropertyTest() {
        for (int i = 0; i < 6; i++) {
            values.put(":n" + i, n(Integer.toString(i * 3 - 5)));
            values.put(":s" + i, s("v" + (char) ('a' + i)));
        }
    }

    private ExpressionAttributes placeholders() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String attribute : ATTRIBUTES) {
            names.put("#" + attribute, attribute);
        }
        return ExpressionAttributes.of(names, values);
    }

    private Item randomItem() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (String attribute : ATTRIBUTES) {
            int pick = random.nextInt(3);
            if (pick == 0) {
                attributes.put(attribute, n(Integer.toString(random.nextInt(21) - 10)));
            } else if (pick == 1) {
                attributes.put(attribute, s("v" + (char) ('a' + random.nextInt(8))
                        + (random.nextBoolean() ? "x" : "")));
            }
        }
        return Item.of(attributes);
    }

    // ---- valid conditions against a reference ----

    /** A generated condition: its text and an independent way to evaluate it. */
    private interface Generated {
        String text();

        boolean test(Item item);

        /** Loosest-binding operator at the top: 0 comparison, 1 NOT, 2 AND, 3 OR. */
        int level();

        boolean parenthesized();
    }

    private record Leaf(String text, java.util.function.Predicate<Item> predicate) implements Generated {
        @Override
        public boolean test(Item item) {
            return predicate.test(item);
        }

        @Override
        public int level() {
            return 0;
        }

        @Override
        public boolean parenthesized() {
            return false;
        }
    }

    private record Node(String text, java.util.function.Predicate<Item> predicate, int level, boolean parenthesized)
            implements Generated {
        @Override
        public boolean test(Item item) {
            return predicate.test(item);
        }
    }

    private Generated condition(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return maybeWrapped(leaf());
        }
        switch (random.nextInt(3)) {
            case 0: {
                Generated operand = condition(depth - 1);
                String inner = operand.level() > 1 && !operand.parenthesized() ? "(" + operand.text() + ")"
                        : operand.text();
                return maybeWrapped(new Node("NOT " + inner, item -> !operand.test(item), 1, false));
            }
            case 1: {
                Generated left = condition(depth - 1);
                Generated right = condition(depth - 1);
                return maybeWrapped(new Node(operandText(left, 2) + " AND " + operandText(right, 2),
                        item -> left.test(item) && right.test(item), 2, false));
            }
            default: {
                Generated left = condition(depth - 1);
                Generated right = condition(depth - 1);
                return maybeWrapped(new Node(left.text() + " OR " + right.text(),
                        item -> left.test(item) || right.test(item), 3, false));
            }
        }
    }

    private static String operandText(Generated operand, int level) {
        return operand.level() > level && !operand.parenthesized() ? "(" + operand.text() + ")" : operand.text();
    }

    private Generated maybeWrapped(Generated condition) {
        if (condition.parenthesized() || random.nextInt(5) != 0) {
            return condition;
        }
        return new Node("(" + condition.text() + ")", condition::test, 0, true);
    }

    private Generated leaf() {
        String attribute = ATTRIBUTES[random.nextInt(ATTRIBUTES.length)];
        String reference = random.nextBoolean() ? attribute : "#" + attribute;
        switch (random.nextInt(5)) {
            case 0:
                return new Leaf("attribute_exists(" + reference + ")", item -> item.has(attribute));
            case 1:
                return new Leaf("attribute_not_exists(" + reference + ")", item -> !item.has(attribute));
            case 2: {
                String key = ":s" + random.nextInt(6);
                String prefix = ((StringValue) values.get(key)).value();
                return new Leaf("begins_with(" + reference + ", " + key + ")",
                        item -> item.get(attribute) instanceof StringValue value && value.value().startsWith(prefix));
            }
            default: {
                String operator = OPERATORS[random.nextInt(OPERATORS.length)];
                String key = (random.nextBoolean() ? ":n" : ":s") + random.nextInt(6);
                AttributeValue operand = values.get(key);
                boolean reversed = random.nextBoolean();
                String text = reversed ? key + " " + operator + " " + reference : reference + " " + operator + " " + key;
                return new Leaf(text, item -> reference(item.get(attribute), operand, operator, reversed));
            }
        }
    }

    /** The comparison rules written out plainly: only same-type numbers or strings compare; <> is "not equal". */
    private static boolean reference(AttributeValue value, AttributeValue operand, String operator, boolean reversed) {
        Integer order = null;
        if (value instanceof NumberValue a && operand instanceof NumberValue b) {
            order = a.decimal().compareTo(b.decimal());
        } else if (value instanceof StringValue a && operand instanceof StringValue b) {
            order = Integer.signum(a.value().compareTo(b.value()));
        }
        if (order != null && reversed) {
            order = -order;
        }
        switch (operator) {
            case "=": return order != null && order == 0;
            case "<>": return order == null || order != 0;
            case "<": return order != null && order < 0;
            case "<=": return order != null && order <= 0;
            case ">": return order != null && order > 0;
            default: return order != null && order >= 0;
        }
    }

    @Test
    void randomValidConditionsAgreeWithTheReference() {
        for (int run = 0; run < 2000; run++) {
            Generated generated = condition(4);
            ConditionExpression parsed = ConditionExpression.parse(ExpressionKind.FILTER, generated.text(), placeholders());
            for (int i = 0; i < 5; i++) {
                Item item = randomItem();
                assertThat(parsed.matches(item)).as("%s on %s", generated.text(), item).isEqualTo(generated.test(item));
            }
        }
    }

    // ---- valid updates against a reference ----

    @Test
    void randomValidUpdatesAgreeWithTheReference() {
        for (int run = 0; run < 2000; run++) {
            Item item = randomItem();
            Map<String, AttributeValue> expected = item.toMutableMap();
            List<String> sets = new ArrayList<>();
            List<String> removes = new ArrayList<>();
            List<String> adds = new ArrayList<>();
            for (String attribute : ATTRIBUTES) {
                String reference = random.nextBoolean() ? attribute : "#" + attribute;
                switch (random.nextInt(4)) {
                    case 0: {
                        String key = (random.nextBoolean() ? ":n" : ":s") + random.nextInt(6);
                        sets.add(reference + " = " + key);
                        expected.put(attribute, values.get(key));
                        break;
                    }
                    case 1:
                        removes.add(reference);
                        expected.remove(attribute);
                        break;
                    case 2:
                        if (!(item.get(attribute) instanceof StringValue)) {
                            String key = ":n" + random.nextInt(6);
                            adds.add(reference + " " + key);
                            NumberValue start = item.get(attribute) == null ? NumberValue.of(0)
                                    : (NumberValue) item.get(attribute);
                            expected.put(attribute, start.add((NumberValue) values.get(key)));
                        }
                        break;
                    default:
                        break;
                }
            }
            List<String> clauses = new ArrayList<>();
            if (!sets.isEmpty()) {
                clauses.add("SET " + String.join(", ", sets));
            }
            if (!removes.isEmpty()) {
                clauses.add("REMOVE " + String.join(", ", removes));
            }
            if (!adds.isEmpty()) {
                clauses.add("ADD " + String.join(", ", adds));
            }
            if (clauses.isEmpty()) {
                continue;
            }
            java.util.Collections.shuffle(clauses, random);
            String text = String.join(" ", clauses);
            Item updated = UpdateExpression.parse(text, placeholders()).apply(item);
            assertThat(updated.attributes()).as("%s on %s", text, item).isEqualTo(expected);
        }
    }

    // ---- invalid text: only ever a ValidationException ----

    private static final String ALPHABET = "ab#:()[].,=<>+-0123 !\"'ANDORNOTSETINBETWEEN_xyz\t";
    private static final String[] VALID = {
        "a0 = :n1 AND (attribute_exists(#a1) OR NOT begins_with(a2, :s1))",
        "a0 BETWEEN :n1 AND :n2 OR a1 IN (:s1, :s2, :s3)",
        "size(a0) > :n1 AND contains(#a2, :s0)",
        "SET a0 = a1 + :n1, a2[3] = list_append(if_not_exists(a2, :n0), :n1) REMOVE a3.b ADD a4 :n2",
        "a0, #a1.b[2], a2.c",
        "a0 = :s1 AND a1 BETWEEN :n0 AND :n5",
    };

    @Test
    void mutatedAndGarbageExpressionsAreRefusedWithValidationErrorsOnly() {
        int refused = 0;
        int attempts = 0;
        for (int run = 0; run < 6000; run++) {
            String text = run % 4 == 0 ? garbage() : mutate(VALID[random.nextInt(VALID.length)]);
            for (ExpressionKind kind : ExpressionKind.values()) {
                attempts++;
                if (!parsesOrRefusesCleanly(kind, text)) {
                    refused++;
                }
            }
        }
        assertThat(refused).as("most random text is refused").isGreaterThan(attempts / 2);
    }

    private String garbage() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private String mutate(String text) {
        StringBuilder mutated = new StringBuilder(text);
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes && mutated.length() > 0; i++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(4)) {
                case 0:
                    mutated.deleteCharAt(at);
                    break;
                case 1:
                    mutated.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
                case 2:
                    mutated.setLength(at);
                    break;
                default:
                    mutated.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
            }
        }
        return mutated.toString();
    }

    /** True when the text parsed (and then evaluated without failing); false when refused as invalid. */
    private boolean parsesOrRefusesCleanly(ExpressionKind kind, String text) {
        try {
            switch (kind) {
                case CONDITION:
                case FILTER:
                    ConditionExpression.parse(kind, text, placeholders()).matches(randomItem());
                    break;
                case KEY_CONDITION:
                    KeyConditionExpression.parse(text, placeholders()).against(new KeySchema(
                            new KeyAttribute("a0", AttributeType.N), new KeyAttribute("a1", AttributeType.S)));
                    break;
                case PROJECTION:
                    ProjectionExpression.parse(text, placeholders()).project(randomItem());
                    break;
                default:
                    UpdateExpression.parse(text, placeholders()).apply(randomItem());
                    break;
            }
            return true;
        } catch (ApiException e) {
            if (e.code() != ErrorCode.VALIDATION) {
                fail("%s refused with %s for %s", kind, e, text);
            }
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(kind + " failed with " + e + " for: " + text, e);
        }
    }
}
