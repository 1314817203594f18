package io.ddbworkbench.engine.expr;

import static io.ddbworkbench.engine.expr.TestValues.assertInvalid;
import static io.ddbworkbench.engine.expr.TestValues.item;
import static io.ddbworkbench.engine.expr.TestValues.list;
import static io.ddbworkbench.engine.expr.TestValues.map;
import static io.ddbworkbench.engine.expr.TestValues.n;
import static io.ddbworkbench.engine.expr.TestValues.placeholders;
import static io.ddbworkbench.engine.expr.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.Item;
import org.junit.jupiter.api.Test;

class ProjectionExpressionTest {
    private static final Item ITEM = item(
            "pk", s("p1"),
            "a", map("b", s("bb"), "c", map("d", n("1"), "e", n("2"))),
            "l", list(s("l0"), s("l1"), s("l2")),
            "matrix", list(list(n("1"), n("2")), list(n("3"), n("4"))),
            "x", n("9"));

    private static Item project(String text, ExpressionAttributes attributes) {
        return ProjectionExpression.parse(text, attributes).project(ITEM);
    }

    @Test
    void topLevelAttributesOnlyThoseAskedFor() {
        assertThat(project("pk, x, nothing", placeholders())).isEqualTo(item("pk", s("p1"), "x", n("9")));
    }

    @Test
    void nestedMapPathsKeepTheirShape() {
        assertThat(project("a.c.d, #a.b", placeholders("#a", "a")))
                .isEqualTo(item("a", map("c", map("d", n("1")), "b", s("bb"))));
    }

    @Test
    void listElementsComeBackCompactedInIndexOrder() {
        assertThat(project("#l[2], #l[0]", placeholders("#l", "l"))).isEqualTo(item("l", list(s("l0"), s("l2"))));
        assertThat(project("matrix[1][0], matrix[0][1]", placeholders()))
                .isEqualTo(item("matrix", list(list(n("2")), list(n("3")))));
        assertThat(project("l[7]", placeholders())).isEqualTo(Item.EMPTY);
    }

    @Test
    void pathsThroughTheWrongTypeFindNothing() {
        assertThat(project("x.y, a[0], l.b", placeholders())).isEqualTo(Item.EMPTY);
    }

    @Test
    void overlappingAndConflictingPathsAreRefused() {
        assertInvalid(() -> project("#a, #a.#b", placeholders("#a", "a", "#b", "b")),
                "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one"
                        + " of these paths; path one: [a], path two: [a, b]");
        assertInvalid(() -> project("#a, #a", placeholders("#a", "a")),
                "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one"
                        + " of these paths; path one: [a], path two: [a]");
        assertInvalid(() -> project("a.b, a[0]", placeholders()),
                "Invalid ProjectionExpression: Two document paths conflict with each other; must remove or rewrite one"
                        + " of these paths; path one: [a, b], path two: [a, [0]]");
    }

    @Test
    void aPlaceholderMayNameSomethingThatLooksLikeAnIndex() {
        assertInvalid(() -> project("c[3].#d, c[3]", placeholders("#d", "[3]")),
                "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one"
                        + " of these paths; path one: [c, [3], [3]], path two: [c, [3]]");
    }

    @Test
    void reservedWordsAndUndefinedNames() {
        assertInvalid(() -> project("pk, status", placeholders()),
                "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: status");
        assertInvalid(() -> project("#undef", placeholders("#other", "o")),
                "Invalid ProjectionExpression: An expression attribute name used in the document path is not defined;"
                        + " attribute name: #undef");
    }
}
