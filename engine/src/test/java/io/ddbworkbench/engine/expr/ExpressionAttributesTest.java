package io.ddbworkbench.engine.expr;

import static io.ddbworkbench.engine.expr.TestValues.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import org.junit.jupiter.api.Test;

class ExpressionAttributesTest {

    private static ExpressionAttributes read(String json) {
        ExpressionAttributes attributes = ExpressionAttributes.read((JsonObject) JsonParser.parse(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        attributes.validate();
        return attributes;
    }

    @Test
    void emptyMapsAreRefused() {
        assertInvalid(() -> read("{\"ExpressionAttributeNames\":{}}"), "ExpressionAttributeNames must not be empty");
        assertInvalid(() -> read("{\"ExpressionAttributeValues\":{}}"), "ExpressionAttributeValues must not be empty");
    }

    @Test
    void keysMustBePlaceholders() {
        assertInvalid(() -> read("{\"ExpressionAttributeNames\":{\"a\":\"a\"}}"),
                "ExpressionAttributeNames contains invalid key: Syntax error; key: \"a\"");
        assertInvalid(() -> read("{\"ExpressionAttributeValues\":{\":b\":{\"S\":\"x\"},\"b\":{\"S\":\"a\"}}}"),
                "ExpressionAttributeValues contains invalid key: Syntax error; key: \"b\"");
        assertInvalid(() -> read("{\"ExpressionAttributeNames\":{\"#" + "a".repeat(255) + "\":\"a\"}}"),
                "ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is"
                        + " too long; size of key: 256");
        assertInvalid(() -> read("{\"ExpressionAttributeNames\":{\"#a\":\"\"}}"),
                "ExpressionAttributeNames contains invalid value: Empty attribute name for key #a");
    }

    @Test
    void invalidValuesNameTheirKey() {
        assertInvalid(() -> read("{\"ExpressionAttributeValues\":{\":b\":{\"SS\":[]}}}"),
                "ExpressionAttributeValues contains invalid value: One or more parameter values were invalid:"
                        + " An string set  may not be empty for key :b");
        assertInvalid(() -> read("{\"ExpressionAttributeValues\":{\":b\":{}}}"),
                "ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must contain"
                        + " exactly one of the supported datatypes for key :b");
        assertInvalid(() -> read("{\"ExpressionAttributeValues\":{\":b\":{\"N\":\"x\"}}}"),
                "ExpressionAttributeValues contains invalid value: The parameter cannot be converted to a numeric"
                        + " value: x for key :b");
    }

    @Test
    void unusedPlaceholdersAreListedNamesFirst() {
        ExpressionAttributes attributes = read("{\"ExpressionAttributeNames\":{\"#a\":\"a\",\"#b\":\"b\"},"
                + "\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"},\":unused\":{\"S\":\"y\"}}}");
        ConditionExpression.parse(ExpressionKind.CONDITION, "#a = :v", attributes);
        assertInvalid(attributes::requireAllUsed,
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}");
        ConditionExpression.parse(ExpressionKind.CONDITION, "#b = :v", attributes);
        assertInvalid(attributes::requireAllUsed,
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
    }

    @Test
    void severalUnusedKeysComeInJavaHashSetOrder() {
        ExpressionAttributes attributes = read("{\"ExpressionAttributeValues\":{\":zeta\":{\"S\":\"x\"},"
                + "\":a\":{\"S\":\"x\"},\":m\":{\"S\":\"x\"}}}");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(attributes::requireAllUsed))
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                        + String.join(", ", new java.util.HashSet<>(java.util.List.of(":zeta", ":a", ":m"))) + "}");
    }

    @Test
    void theReservedWordListIsTheGuidesFullList() {
        assertThat(ReservedWords.count()).isEqualTo(573);
        assertThat(ReservedWords.isReserved("Status")).isTrue();
        assertThat(ReservedWords.isReserved("zone")).isTrue();
        assertThat(ReservedWords.isReserved("pk")).isFalse();
    }
}
