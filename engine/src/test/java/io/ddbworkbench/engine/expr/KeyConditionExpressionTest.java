package io.ddbworkbench.engine.expr;

import static io.ddbworkbench.engine.expr.TestValues.assertInvalid;
import static io.ddbworkbench.engine.expr.TestValues.n;
import static io.ddbworkbench.engine.expr.TestValues.placeholders;
import static io.ddbworkbench.engine.expr.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyConditionExpressionTest {
    private static final KeySchema COMPOSITE = new KeySchema(new KeyAttribute("pk", AttributeType.S),
            new KeyAttribute("sk", AttributeType.N));
    private static final KeySchema HASH_ONLY = new KeySchema(new KeyAttribute("pk", AttributeType.S), null);

    private static ExpressionAttributes values() {
        return placeholders(":p", s("p1"), ":lo", n("10"), ":hi", n("20"), ":s", s("x"), ":n", n("1"));
    }

    private static KeyConditions keys(String text, KeySchema schema) {
        return KeyConditionExpression.parse(text, values()).against(schema);
    }

    @Test
    void partitionOnly() {
        KeyConditions conditions = keys("pk = :p", COMPOSITE);
        assertThat(conditions.partitionKeyName()).isEqualTo("pk");
        assertThat(conditions.partitionValue()).isEqualTo(s("p1"));
        assertThat(conditions.hasSortCondition()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pk = :p AND sk = :lo                  | EQ          | 10 | 11",
        "pk = :p AND sk < :lo                  | LT          | 9  | 10",
        "pk = :p AND sk <= :lo                 | LE          | 10 | 11",
        "pk = :p AND sk > :lo                  | GT          | 11 | 10",
        "pk = :p AND sk >= :lo                 | GE          | 10 | 9",
        "pk = :p AND sk BETWEEN :lo AND :hi    | BETWEEN     | 20 | 21",
        "pk = :p AND :lo <= sk                 | GE          | 10 | 9",
        "pk = :p AND :lo > sk                  | LT          | 9  | 10",
        "(pk = :p) AND (sk = :lo)              | EQ          | 10 | 9",
        "sk = :lo AND pk = :p                  | EQ          | 10 | 9",
    })
    void sortKeyConditions(String text, SortKeyCondition.Operator operator, String inside, String outside) {
        SortKeyCondition sort = keys(text, COMPOSITE).sortCondition();
        assertThat(sort.attributeName()).isEqualTo("sk");
        assertThat(sort.operator()).isEqualTo(operator);
        assertThat(sort.matches(n(inside))).isTrue();
        assertThat(sort.matches(n(outside))).isFalse();
    }

    @Test
    void beginsWithOnAStringSortKey() {
        KeySchema stringSort = new KeySchema(new KeyAttribute("pk", AttributeType.S),
                new KeyAttribute("sk", AttributeType.S));
        SortKeyCondition sort = keys("pk = :p AND begins_with(sk, :s)", stringSort).sortCondition();
        assertThat(sort.operator()).isEqualTo(SortKeyCondition.Operator.BEGINS_WITH);
        assertThat(sort.values()).isEqualTo(List.of(s("x")));
        assertThat(sort.matches(s("xyz"))).isTrue();
        assertThat(sort.matches(s("axy"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pk = :p OR sk = :lo                      | Invalid operator used in KeyConditionExpression: OR",
        "NOT pk = :p                              | Invalid operator used in KeyConditionExpression: NOT",
        "pk IN (:p)                               | Invalid operator used in KeyConditionExpression: IN",
        "pk <> :p                                 | Invalid operator used in KeyConditionExpression: <>",
        "pk = :p AND attribute_exists(sk)         | Invalid operator used in KeyConditionExpression: attribute_exists",
        "pk = :p AND contains(sk, :n)             | Invalid operator used in KeyConditionExpression: contains",
        "pk = :p AND size(sk) = :n                | KeyConditionExpressions cannot contain nested operations",
        "pk = :p AND :lo BETWEEN sk AND :hi       | Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand",
        "pk = :p AND sk = pk                      | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition",
        "pk = :p AND sk.x = :n                    | KeyConditionExpressions cannot have conditions on nested attributes",
        "pk = :p AND :lo = :hi                    | Invalid condition in KeyConditionExpression: No key attribute specified",
        "pk = :p AND pk = :p                      | KeyConditionExpressions must only contain one condition per key",
        "sk = :lo                                 | Query condition missed key schema element: pk",
        "attr1 = :p                               | Query condition missed key schema element: pk",
        "pk = :p AND attr1 = :n                   | Query condition missed key schema element: sk",
        "pk > :p                                  | Query key condition not supported",
        "pk = :n                                  | One or more parameter values were invalid: Condition parameter type does not match schema type",
        "pk = :p AND sk = :s                      | One or more parameter values were invalid: Condition parameter type does not match schema type",
    })
    void theServiceMessagesForWhatIsNotAKeyCondition(String text, String message) {
        assertInvalid(() -> keys(text, COMPOSITE), message);
    }

    @Test
    void aHashOnlySchemaTakesOneCondition() {
        assertInvalid(() -> keys("pk = :p AND sk = :lo", HASH_ONLY), "Query key condition not supported");
    }

    @Test
    void beginsWithNeedsAStringOrBinaryValue() {
        assertInvalid(() -> keys("pk = :p AND begins_with(sk, :n)", COMPOSITE),
                "Invalid KeyConditionExpression: Incorrect operand type for operator or function;"
                        + " operator or function: begins_with, operand type: N");
    }
}
