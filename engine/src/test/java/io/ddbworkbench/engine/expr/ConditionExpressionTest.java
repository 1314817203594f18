package io.ddbworkbench.engine.expr;

import static io.ddbworkbench.engine.expr.TestValues.assertInvalid;
import static io.ddbworkbench.engine.expr.TestValues.b;
import static io.ddbworkbench.engine.expr.TestValues.bool;
import static io.ddbworkbench.engine.expr.TestValues.item;
import static io.ddbworkbench.engine.expr.TestValues.list;
import static io.ddbworkbench.engine.expr.TestValues.map;
import static io.ddbworkbench.engine.expr.TestValues.n;
import static io.ddbworkbench.engine.expr.TestValues.ns;
import static io.ddbworkbench.engine.expr.TestValues.nul;
import static io.ddbworkbench.engine.expr.TestValues.placeholders;
import static io.ddbworkbench.engine.expr.TestValues.s;
import static io.ddbworkbench.engine.expr.TestValues.ss;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.Item;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionExpressionTest {
    private static final Item ITEM = item(
            "nick", s("Ana"),
            "age", n("42"),
            "photo", b("jpeg-bytes"),
            "tags", ss("red", "blue"),
            "scores", ns("1", "2.5"),
            "active", bool(true),
            "gone", nul(),
            "address", map("city", s("Lyon"), "zip", n("69001")),
            "things", list(s("first"), n("2"), map("k", s("v"))),
            "blank", s(""));

    private static ExpressionAttributes values() {
        return placeholders(
                ":ana", s("Ana"), ":an", s("An"), ":z", s("zzz"), ":n40", n("40"), ":n42", n("42.0"),
                ":n50", n("50"), ":red", s("red"), ":two", n("2"), ":x", s("x"), ":true", bool(true),
                ":lyon", map("city", s("Lyon"), "zip", n("69001")), ":jpeg", b("jpeg"), ":bytes", b("bytes"),
                ":S", s("S"), ":M", s("M"), ":L", s("L"), ":NULL", s("NULL"), ":3", n("3"), ":first", s("first"),
                ":list", list(s("first"), n("2"), map("k", s("v"))), ":tags", ss("blue", "red"));
    }

    private static boolean matches(String text, Item item) {
        return ConditionExpression.parse(ExpressionKind.CONDITION, text, values()).matches(item);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nick = :ana                        | true",
        "nick <> :ana                       | false",
        "age = :n42                         | true",
        "age > :n40 AND age < :n50          | true",
        "age >= :n42 AND age <= :n42        | true",
        "nick < :z                          | true",
        "age BETWEEN :n40 AND :n50          | true",
        "age BETWEEN :n50 AND :n50          | false",
        "nick IN (:z, :ana)                 | true",
        "nick IN (:z, :x)                   | false",
        "address = :lyon                    | true",
        "tags = :tags                       | true",
        "things = :list                      | true",
        "address.city = :lyon               | false",
        "things[0] = :first                  | true",
        "things[2].k = :first                | false",
        "attribute_exists(address.zip)      | true",
        "attribute_not_exists(address.street) | true",
        "attribute_exists(things[5])         | false",
        "attribute_type(address, :M)        | true",
        "attribute_type(gone, :NULL)        | true",
        "attribute_type(things, :S)          | false",
        "begins_with(nick, :an)             | true",
        "begins_with(photo, :jpeg)          | true",
        "begins_with(age, :an)              | false",
        "contains(nick, :an)                | true",
        "contains(tags, :red)               | true",
        "contains(scores, :two)             | false",
        "contains(things, :two)              | true",
        "contains(photo, :bytes)            | true",
        "size(nick) = :3                    | true",
        "size(tags) = :two                  | true",
        "size(address) = :two               | true",
        "size(things) = :3                   | true",
        "size(blank) < :3                   | true",
        "size(age) = :two                   | false",
        "active = :true                     | true",
    })
    void evaluatesByTheServiceRules(String text, boolean expected) {
        assertThat(matches(text, ITEM)).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nick = :n42          | false",
        "nick <> :n42         | true",
        "nick > :n40          | false",
        "age < :z             | false",
        "absent = :ana       | false",
        "absent <> :ana      | true",
        "absent < :z         | false",
        "NOT absent = :ana   | true",
        "tags > :red          | false",
        "age IN (:ana, :z)    | false",
    })
    void typeMismatchesAndMissingAttributesAreFalseNotErrors(String text, boolean expected) {
        assertThat(matches(text, ITEM)).as(text).isEqualTo(expected);
    }

    @Test
    void precedenceIsNotThenAndThenOr() {
        // a OR b AND c means a OR (b AND c)
        assertThat(matches("nick = :ana OR nick = :z AND age = :n40", ITEM)).isTrue();
        assertThat(matches("(nick = :ana OR nick = :z) AND age = :n40", ITEM)).isFalse();
        // NOT binds tighter than AND: NOT a AND b means (NOT a) AND b
        assertThat(matches("NOT nick = :z AND age = :n42", ITEM)).isTrue();
        assertThat(matches("NOT (nick = :ana AND age = :n40)", ITEM)).isTrue();
        assertThat(matches("NOT NOT nick = :ana", ITEM)).isTrue();
    }

    @Test
    void aMissingItemHasNoAttributes() {
        assertThat(matches("attribute_not_exists(nick)", null)).isTrue();
        assertThat(matches("nick = :ana", null)).isFalse();
    }

    @Test
    void reportsEveryPathItReads() {
        ConditionExpression condition = ConditionExpression.parse(ExpressionKind.FILTER,
                "#a.b[1] = :x OR contains(c, :x)", placeholders("#a", "a", ":x", s("x")));
        List<String> rendered = new ArrayList<>();
        condition.paths().forEach(path -> rendered.add(path.toString()));
        assertThat(rendered).containsExactly("[a, b, [1]]", "[c]");
    }

    // ---- semantic errors, each with the service's message ----

    private static void check(String text, ExpressionAttributes attributes) {
        ConditionExpression.parse(ExpressionKind.CONDITION, text, attributes);
    }

    @Test
    void reservedWordsMustBeAliased() {
        assertInvalid(() -> check("status = :v", placeholders(":v", s("x"))),
                "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: status");
        assertInvalid(() -> check("a.Name = :v", placeholders(":v", s("x"))),
                "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Name");
        check("#s = :v", placeholders("#s", "status", ":v", s("x")));
    }

    @Test
    void undefinedPlaceholders() {
        assertInvalid(() -> check("#x = :v", placeholders(":v", s("x"))),
                "Invalid ConditionExpression: An expression attribute name used in the document path is not defined;"
                        + " attribute name: #x");
        assertInvalid(() -> check("a = :v", placeholders()),
                "Invalid ConditionExpression: An expression attribute value used in expression is not defined;"
                        + " attribute value: :v");
    }

    @Test
    void functionsAreCheckedByNamePlaceAndArity() {
        assertInvalid(() -> check("foo(a)", placeholders()), "Invalid ConditionExpression: Invalid function name; function: foo");
        assertInvalid(() -> check("SIZE(a) = :v", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: Invalid function name; function: SIZE");
        assertInvalid(() -> check("a = if_not_exists(b, :v)", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: The function is not allowed in a condition expression; function: if_not_exists");
        assertInvalid(() -> check("size(a)", placeholders()),
                "Invalid ConditionExpression: The function is not allowed to be used this way in an expression;"
                        + " function: size");
        assertInvalid(() -> check("attribute_exists(a) = :v", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: The function is not allowed to be used this way in an expression;"
                        + " function: attribute_exists");
        assertInvalid(() -> check("attribute_exists(a, b)", placeholders()),
                "Invalid ConditionExpression: Incorrect number of operands for operator or function;"
                        + " operator or function: attribute_exists, number of operands: 2");
        assertInvalid(() -> check("attribute_exists(:v)", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: Operator or function requires a document path;"
                        + " operator or function: attribute_exists");
    }

    @Test
    void operandTypesThatCanNeverWork() {
        assertInvalid(() -> check("a < :v", placeholders(":v", bool(true))),
                "Invalid ConditionExpression: Incorrect operand type for operator or function;"
                        + " operator or function: <, operand type: BOOL");
        assertInvalid(() -> check("begins_with(a, :v)", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: Incorrect operand type for operator or function;"
                        + " operator or function: begins_with, operand type: N");
        assertInvalid(() -> check("size(:v) = :v", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: Incorrect operand type for operator or function;"
                        + " operator or function: size, operand type: N");
        assertInvalid(() -> check("attribute_type(a, :v)", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: Incorrect operand type for operator or function;"
                        + " operator or function: attribute_type, operand type: N");
        assertInvalid(() -> check("attribute_type(a, :v)", placeholders(":v", s("STRING"))),
                "Invalid ConditionExpression: Invalid attribute type name found; type: STRING,"
                        + " valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}");
    }

    @Test
    void theFirstOperandMustDifferFromTheOthers() {
        assertInvalid(() -> check("contains(#a, #a)", placeholders("#a", "data")),
                "Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this"
                        + " operator or function; operator: contains, first operand: [data]");
        assertInvalid(() -> check("a.b = #a.b", placeholders("#a", "a")),
                "Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this"
                        + " operator or function; operator: =, first operand: [a, b]");
    }

    @Test
    void betweenBoundsMustShareATypeAndBeOrdered() {
        assertInvalid(() -> check("a BETWEEN :lo AND :hi", placeholders(":lo", n("5"), ":hi", s("x"))),
                "Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and upper bounds;"
                        + " lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {S:x}");
        assertInvalid(() -> check("a BETWEEN :lo AND :hi", placeholders(":lo", n("5"), ":hi", n("1"))),
                "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to"
                        + " lower bound; lower bound operand: AttributeValue: {N:5}, upper bound operand:"
                        + " AttributeValue: {N:1}");
    }

    @Test
    void inTakesAtMostAHundredOperands() {
        StringBuilder hundred = new StringBuilder("a IN (:v");
        for (int i = 1; i < 100; i++) {
            hundred.append(", :v");
        }
        check(hundred + ")", placeholders(":v", n("1")));
        assertInvalid(() -> check(hundred + ", :v)", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: The IN operator is provided with too many operands;"
                        + " number of operands: 101");
    }

    @Test
    void listIndexesAndNestingHaveLimits() {
        assertInvalid(() -> check("a[2147483648] = :v", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: List index is not within the allowable range; index: [2147483648]");
        check("a" + ".b".repeat(31) + " = :v", placeholders(":v", n("1")));
        assertInvalid(() -> check("a" + ".b".repeat(32) + " = :v", placeholders(":v", n("1"))),
                "Invalid ConditionExpression: The document path has too many nesting levels; nesting levels: 33");
    }

    @Test
    void reservedWordsAreReportedBeforeUndefinedValues() {
        assertInvalid(() -> check("a = :missing AND count > :n", placeholders(":n", n("1"))),
                "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: count");
    }
}
