package io.ddbworkbench.engine.expr;

import static io.ddbworkbench.engine.expr.TestValues.assertInvalid;
import static io.ddbworkbench.engine.expr.TestValues.placeholders;
import static io.ddbworkbench.engine.expr.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax errors name the token where reading stopped and the text from the token before it to the one after. */
class ExpressionSyntaxTest {

    private static void condition(String text) {
        ConditionExpression.parse(ExpressionKind.CONDITION, text, placeholders(":v", s("x"), ":w", s("y")));
    }

    private static void update(String text) {
        UpdateExpression.parse(text, placeholders(":v", s("x")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "foo                 | <EOF> | foo",
        "a = !!              | !     | = !!",
        "a == :v             | =     | == :v",
        "a = :v AND          | <EOF> | AND",
        "a < :v OR OR b = :v | OR    | OR OR b",
        "(a = :v             | <EOF> | :v",
        "a IN ()             | )     | ()",
        "attribute_exists()  | )     | ()",
        "a = :v b            | b     | :v b",
        "a[-1] = :v          | -     | [-1",
        "a BETWEEN :v        | <EOF> | :v",
        "#                   | #     | #",
        "a = 1               | 1     | = 1",
        "_a = :v             | _     | _a",
    })
    void conditionSyntaxErrors(String text, String token, String near) {
        assertInvalid(() -> condition(text),
                "Invalid ConditionExpression: Syntax error; token: \"" + token + "\", near: \"" + near + "\"");
    }

    @Test
    void projectionSyntaxErrorQuotesTheFirstTwoCharactersOfGarbage() {
        assertInvalid(() -> ProjectionExpression.parse("!!! INVALID !!!", placeholders()),
                "Invalid ProjectionExpression: Syntax error; token: \"!\", near: \"!!\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INVALID SYNTAX HERE             | INVALID | INVALID SYNTAX",
        "SET MyStr = myNum + 1           | 1       | + 1",
        "SET MyStr = myNum Mystr2 myNum2 | Mystr2  | myNum Mystr2 myNum2",
        "SET MyStr = my Num              | Num     | my Num",
        "SET a                           | <EOF>   | a",
        "set a = b + c + d               | +       | c + d",
        "remove a = b                    | =       | a = b",
        "set a = b * c                   | *       | b * c",
        "SET if_not_exists(a, b) = a     | (       | if_not_exists(a",
    })
    void updateSyntaxErrors(String text, String token, String near) {
        assertInvalid(() -> update(text),
                "Invalid UpdateExpression: Syntax error; token: \"" + token + "\", near: \"" + near + "\"");
    }

    @Test
    void emptyExpressionsAreRefusedByName() {
        assertInvalid(() -> condition(""), "Invalid ConditionExpression: The expression can not be empty;");
        assertInvalid(() -> update(""), "Invalid UpdateExpression: The expression can not be empty;");
        assertInvalid(() -> ProjectionExpression.parse("", placeholders()),
                "Invalid ProjectionExpression: The expression can not be empty;");
    }

    @Test
    void expressionsLongerThan4096BytesAreRefused() {
        String atLimit = "a".repeat(4096);
        assertThat(ProjectionExpression.parse(atLimit, placeholders()).paths()).hasSize(1);
        assertInvalid(() -> ProjectionExpression.parse("a".repeat(4097), placeholders()),
                "Invalid ProjectionExpression: Expression size has exceeded the maximum allowed size;"
                        + " expression size: 4097");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "((attribute_exists(a)))",
        "((a = :v))",
        "((a)) = :v",
        "a = ((:v))",
        "((a = :v)) AND b = :w",
    })
    void doubleParenthesesAreRedundant(String text) {
        assertInvalid(() -> condition(text), "Invalid ConditionExpression: The expression has redundant parentheses;");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(attribute_exists(a)) AND (attribute_exists(b))",
        "(attribute_exists(a) AND attribute_exists(b))",
        "(attribute_exists(a) AND (attribute_exists(b)))",
        "(a) = :v",
        "((a) = :v)",
        "NOT (a = :v)",
    })
    void singleParenthesesAreFine(String text) {
        condition(text);
    }

    @Test
    void keyConditionsAcceptDoubleParentheses() {
        KeyConditionExpression.parse("((#pk = :v)) AND ((#sk = :w))",
                placeholders("#pk", "pk", "#sk", "sk", ":v", s("a"), ":w", s("b")));
    }

    @Test
    void keywordsAreCaseInsensitiveAndOnlyKeywordsWhereTheKindHasThem() {
        condition("a = :v and b = :w Or NOT c = :v");
        update("set a = :v");
        assertInvalid(() -> ProjectionExpression.parse("a, and", placeholders()),
                "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: and");
    }

    @Test
    void nestingBeyondTheLimitIsASyntaxErrorNotACrash() {
        String deep = "NOT ".repeat(ExpressionParser.MAX_NESTING + 1) + "a = :v";
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> condition(deep)))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \"NOT\"");
        String parentheses = "(".repeat(1000) + "a = :v" + ")".repeat(1000);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> condition(parentheses)))
                .hasMessageStartingWith("Invalid ConditionExpression: Syntax error; token: \"(\"");
    }

    @Test
    void setValuesMayBeParenthesised() {
        UpdateExpression.parse("SET a = (b + :v)", placeholders(":v", TestValues.n("1")));
    }
}
