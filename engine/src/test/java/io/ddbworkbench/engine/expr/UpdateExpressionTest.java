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

import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.model.Item;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateExpressionTest {
    private static final Item ITEM = item(
            "pk", s("k"),
            "hits", n("10"),
            "title", s("old"),
            "tags", ss("a", "b"),
            "nums", ns("1", "2"),
            "m", map("deep", map("x", n("1")), "keep", s("k")),
            "l", list(s("a"), s("b"), s("c"), s("d")),
            "flag", bool(true));

    private static ExpressionAttributes values() {
        return placeholders(":one", n("1"), ":big", n("9.9999999999999999999999999999999999999E+125"),
                ":new", s("new"), ":more", list(s("e")), ":empty", list(), ":ab", ss("a", "b"), ":c", ss("c"),
                ":a", ss("a"), ":n3", ns("3"), ":s", s("s"), ":bin", b("x"), ":m", map("k", s("v")),
                ":null", nul());
    }

    private static Item apply(String text) {
        return UpdateExpression.parse(text, values()).apply(ITEM);
    }

    @Test
    void setReplacesAndCreates() {
        Item updated = apply("SET title = :new, fresh = :one");
        assertThat(updated.get("title")).isEqualTo(s("new"));
        assertThat(updated.get("fresh")).isEqualTo(n("1"));
        assertThat(updated.get("hits")).isEqualTo(n("10"));
    }

    @Test
    void setArithmeticAndFunctions() {
        Item updated = apply("SET hits = hits + :one, dup = hits - :one, "
                + "c2 = if_not_exists(absent, :one), c3 = if_not_exists(hits, :one), "
                + "l = list_append(l, :more), e = list_append(:empty, :more)");
        assertThat(updated.get("hits")).isEqualTo(n("11"));
        assertThat(updated.get("dup")).as("every SET reads the item before the update").isEqualTo(n("9"));
        assertThat(updated.get("c2")).isEqualTo(n("1"));
        assertThat(updated.get("c3")).isEqualTo(n("10"));
        assertThat(updated.get("l")).isEqualTo(list(s("a"), s("b"), s("c"), s("d"), s("e")));
        assertThat(updated.get("e")).isEqualTo(list(s("e")));
    }

    @Test
    void setNestedPathsAndListIndexes() {
        Item updated = apply("SET m.deep.y = :one, m.added = :new, l[1] = :new");
        assertThat(updated.get("m")).isEqualTo(map("deep", map("x", n("1"), "y", n("1")), "keep", s("k"),
                "added", s("new")));
        assertThat(updated.get("l")).isEqualTo(list(s("a"), s("new"), s("c"), s("d")));
        assertThat(ITEM.get("l")).as("the original item is untouched").isEqualTo(list(s("a"), s("b"), s("c"), s("d")));
    }

    @Test
    void setPastTheEndOfAListAppendsInIndexOrder() {
        assertThat(apply("SET l[10] = :new").get("l")).isEqualTo(list(s("a"), s("b"), s("c"), s("d"), s("new")));
        assertThat(apply("SET l[12] = :s, l[10] = :new").get("l"))
                .isEqualTo(list(s("a"), s("b"), s("c"), s("d"), s("new"), s("s")));
    }

    @Test
    void removeAttributesMapKeysAndListElementsByTheirOriginalIndexes() {
        Item updated = apply("REMOVE title, m.keep, l[1], l[3], absent, m.nothing, l[9]");
        assertThat(updated.has("title")).isFalse();
        assertThat(updated.get("m")).isEqualTo(map("deep", map("x", n("1"))));
        assertThat(updated.get("l")).isEqualTo(list(s("a"), s("c")));
    }

    @Test
    void removeAndSetOnOneListUseOriginalPositions() {
        assertThat(apply("SET l[2] = :new REMOVE l[0]").get("l")).isEqualTo(list(s("b"), s("new"), s("d")));
    }

    @Test
    void addNumbersAndSetsCreatingWhatIsMissing() {
        Item updated = apply("ADD hits :one, tags :c, nums :n3, newCount :one, newSet :ab");
        assertThat(updated.get("hits")).isEqualTo(n("11"));
        assertThat(updated.get("tags")).isEqualTo(ss("a", "b", "c"));
        assertThat(updated.get("nums")).isEqualTo(ns("1", "2", "3"));
        assertThat(updated.get("newCount")).isEqualTo(n("1"));
        assertThat(updated.get("newSet")).isEqualTo(ss("a", "b"));
    }

    @Test
    void deleteFromSetsAndDropsTheAttributeWhenEmpty() {
        assertThat(apply("DELETE tags :a").get("tags")).isEqualTo(ss("b"));
        assertThat(apply("DELETE tags :ab").has("tags")).isFalse();
        assertThat(apply("DELETE absent :ab").has("absent")).isFalse();
    }

    @Test
    void knownResultTypesAreReportedForTopLevelTargets() {
        UpdateExpression update = UpdateExpression.parse(
                "SET a = :s, b = hits + :one, c = list_append(l, :more), d = if_not_exists(x, :bin), e = hits,"
                        + " m.x = :s ADD f :one", values());
        assertThat(update.knownResultTypes()).isEqualTo(Map.of("a", AttributeType.S, "b", AttributeType.N,
                "c", AttributeType.L, "d", AttributeType.B, "f", AttributeType.N));
    }

    @Test
    void statementSizeChargesWrittenAttributesAndEachAction() {
        UpdateExpression update = UpdateExpression.parse("SET title = :new REMOVE flag", values());
        Item updated = update.apply(ITEM);
        // 3 for the update, 19 for the SET, 2 for the REMOVE, plus "title" (5) + "new" (3)
        assertThat(update.statementSize(updated)).isEqualTo(3 + 19 + 2 + 8);
    }

    // ---- errors found when the update runs ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SET x = absent",
        "SET x = list_append(absent, :more)",
        "SET x = absent + :one",
    })
    void readingAMissingAttribute(String text) {
        assertInvalid(() -> apply(text), "The provided expression refers to an attribute that does not exist in the item");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SET x = title + :one",
        "SET x = list_append(title, :more)",
        "ADD title :one",
        "ADD tags :one",
        "ADD hits :ab",
        "DELETE hits :ab",
        "DELETE tags :n3",
    })
    void operandsOfTheWrongTypeInTheItem(String text) {
        assertInvalid(() -> apply(text), "An operand in the update expression has an incorrect data type");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SET absent.x = :one",
        "SET absent[0] = :one",
        "SET title.x = :one",
        "SET m[0] = :one",
        "SET l.x = :one",
        "REMOVE absent.x",
        "REMOVE m[1]",
        "ADD absent.x :one",
        "DELETE m.deep.x.y :ab",
    })
    void pathsWhoseContainerIsMissingOrOfTheWrongKind(String text) {
        assertInvalid(() -> apply(text), "The document path provided in the update expression is invalid for update");
    }

    @Test
    void arithmeticOverflowIsRefused() {
        assertInvalid(() -> UpdateExpression.parse("SET x = :big + :big", values()).apply(ITEM),
                "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    // ---- errors found when the expression is checked ----

    private static void check(String text) {
        UpdateExpression.parse(text, values());
    }

    @Test
    void eachClauseAtMostOnce() {
        assertInvalid(() -> check("SET a = :one SET b = :one"),
                "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;");
        assertInvalid(() -> check("REMOVE a SET b = :one REMOVE c"),
                "Invalid UpdateExpression: The \"REMOVE\" section can only be used once in an update expression;");
    }

    @Test
    void overlappingAndConflictingTargets() {
        assertInvalid(() -> check("SET d[1] = :one, d.b = :one, c[1].a = :one, c = :one"),
                "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of"
                        + " these paths; path one: [c, [1], a], path two: [c]");
        assertInvalid(() -> check("REMOVE a.c SET a[1] = :one"),
                "Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of"
                        + " these paths; path one: [a, c], path two: [a, [1]]");
    }

    @Test
    void functionsAndOperandTypes() {
        assertInvalid(() -> check("SET a = size(b)"),
                "Invalid UpdateExpression: The function is not allowed in an update expression; function: size");
        assertInvalid(() -> check("SET a = if_not_exists(b)"),
                "Invalid UpdateExpression: Incorrect number of operands for operator or function;"
                        + " operator or function: if_not_exists, number of operands: 1");
        assertInvalid(() -> check("SET a = if_not_exists(:one, b)"),
                "Invalid UpdateExpression: Operator or function requires a document path;"
                        + " operator or function: if_not_exists");
        assertInvalid(() -> check("SET a = list_append(:s, a)"),
                "Invalid UpdateExpression: Incorrect operand type for operator or function;"
                        + " operator or function: list_append, operand type: S");
        assertInvalid(() -> check("SET a = a + :s"),
                "Invalid UpdateExpression: Incorrect operand type for operator or function;"
                        + " operator or function: +, operand type: S");
        assertInvalid(() -> check("SET a = :bin - a"),
                "Invalid UpdateExpression: Incorrect operand type for operator or function;"
                        + " operator or function: -, operand type: B");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ADD a :s     | ADD    | STRING",
        "ADD a :more  | ADD    | LIST",
        "ADD a :m     | ADD    | MAP",
        "ADD a :null  | ADD    | NULL",
        "DELETE a :one| DELETE | NUMBER",
        "DELETE a :bin| DELETE | BINARY",
    })
    void addAndDeleteTakeNumbersOrSets(String text, String operator, String type) {
        assertInvalid(() -> check(text), "Invalid UpdateExpression: Incorrect operand type for operator or function;"
                + " operator: " + operator + ", operand type: " + type + ", typeSet: ALLOWED_FOR_" + operator + "_OPERAND");
    }

    @Test
    void reservedWordsThenUndefinedPlaceholders() {
        assertInvalid(() -> check("SET #c = :one SET abOrt = :one"),
                "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: abOrt");
        assertInvalid(() -> check("SET #c = if_not_exists(x, :one)"),
                "Invalid UpdateExpression: An expression attribute name used in the document path is not defined;"
                        + " attribute name: #c");
        assertInvalid(() -> check("SET a = if_not_exists(x, :nope)"),
                "Invalid UpdateExpression: An expression attribute value used in expression is not defined;"
                        + " attribute value: :nope");
    }
}
