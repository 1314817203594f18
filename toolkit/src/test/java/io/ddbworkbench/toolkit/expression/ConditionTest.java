package io.ddbworkbench.toolkit.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ConditionTest {

    @Test
    void comparisonsAndCombinationsUsePlaceholdersForEveryNameAndValue() {
        Expression filter = Condition.attribute("Age").gt(25)
                .and(Condition.attribute("Status").eq("active"))
                .toExpression("f");

        assertThat(filter.text()).isEqualTo("(#f0 > :f0 AND #f1 = :f1)");
        assertThat(filter.names()).isEqualTo(Map.of("#f0", "Age", "#f1", "Status"));
        assertThat(filter.values()).isEqualTo(Map.of(":f0", AttributeValue.fromN("25"), ":f1",
                AttributeValue.fromS("active")));
    }

    @Test
    void functionsRangesAndNegation() {
        Expression expression = Condition.attribute("Age").between(25, 40)
                .or(Condition.attribute("Email").beginsWith("admin@").not())
                .and(Condition.attribute("Deleted").notExists())
                .toExpression("c");

        assertThat(expression.text()).isEqualTo(
                "((#c0 BETWEEN :c0 AND :c1 OR NOT (begins_with(#c1, :c2))) AND attribute_not_exists(#c2))");
    }

    @Test
    void documentPathsKeepIndexesAndReuseNames() {
        Expression expression = Condition.attribute("Address.City").in("Oslo", "Bergen")
                .and(Condition.attribute("Tags[0]").contains("x"))
                .and(Condition.attribute("Address.Zip").exists())
                .toExpression("c");

        assertThat(expression.text()).isEqualTo(
                "((#c0.#c1 IN (:c0, :c1) AND contains(#c2[0], :c2)) AND attribute_exists(#c0.#c3))");
        assertThat(expression.names()).containsEntry("#c0", "Address").containsEntry("#c3", "Zip");
    }

    @Test
    void keyConditionsRenderPartitionAndSortKey() {
        Expression key = KeyCondition.partitionKey("UserID").eq("user123")
                .andSortKey("Timestamp").between("2024-12-01", "2024-12-20")
                .toExpression();

        assertThat(key.text()).isEqualTo("(#k0 = :k0 AND #k1 BETWEEN :k1 AND :k2)");
        assertThat(key.names()).isEqualTo(Map.of("#k0", "UserID", "#k1", "Timestamp"));
    }

    @Test
    void projectionsAndRequestsMergePlaceholders() {
        ExpressionAttributes attributes = new ExpressionAttributes();
        String key = attributes.add(KeyCondition.partitionKey("UserID").eq("u1").toExpression());
        String projection = attributes.add(Expression.projection("Name", "Email"));

        assertThat(key).isEqualTo("#k0 = :k0");
        assertThat(projection).isEqualTo("#p0, #p1");
        assertThat(attributes.names()).hasSize(3);
        assertThatThrownBy(() -> attributes.add(Expression.of("#p0 = :x", Map.of("#p0", "Other"), Map.of(":x", 1))))
                .hasMessageContaining("placeholder #p0 means both Name and Other");
    }
}
