package io.ddbworkbench.toolkit.item;

import io.ddbworkbench.toolkit.error.DynamoDbFailure;
import io.ddbworkbench.toolkit.expression.Condition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Read-modify-write without lost updates: each item carries a version number, and a write succeeds only if
 * the version is still the one that was read. When another writer got there first, the change is re-applied
 * to the fresh item, up to a bounded number of attempts.
 */
public final class OptimisticLocking {
    private final ItemOperations items;
    private final String versionAttribute;
    private final int maxAttempts;

    public OptimisticLocking(ItemOperations items, String versionAttribute, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.items = items;
        this.versionAttribute = versionAttribute;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Reads the item (strongly consistent), applies {@code change} to its plain values, and writes it back
     * with the version raised by one, on the condition that nobody changed the version meanwhile. A missing
     * item starts as just its key, at version 0.
     *
     * @return the item as written
     * @throws DynamoDbFailure ConditionalCheckFailedException when every attempt lost the race
     */
    public Map<String, Object> modify(String table, Map<String, ?> key, UnaryOperator<Map<String, Object>> change) {
        DynamoDbFailure lastConflict = null;
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            Map<String, Object> current = items.get(table, key, true)
                    .map(Values::plain)
                    .orElseGet(() -> new LinkedHashMap<>(key));
            BigDecimal version = current.get(versionAttribute) instanceof BigDecimal
                    ? (BigDecimal) current.get(versionAttribute) : BigDecimal.ZERO;
            Map<String, Object> changed = new LinkedHashMap<>(change.apply(new LinkedHashMap<>(current)));
            changed.putAll(key);
            changed.put(versionAttribute, version.add(BigDecimal.ONE));
            Condition unchanged = version.signum() == 0
                    ? Condition.attribute(versionAttribute).notExists()
                    : Condition.attribute(versionAttribute).eq(version);
            try {
                items.put(table, changed, unchanged);
                return changed;
            } catch (DynamoDbFailure failure) {
                if (!(failure.getCause() instanceof ConditionalCheckFailedException)) {
                    throw failure;
                }
                lastConflict = failure;
            }
        }
        throw lastConflict;
    }

    /** The version attribute's current value, 0 when the item or the attribute is missing. */
    public long currentVersion(String table, Map<String, ?> key) {
        Map<String, AttributeValue> item = items.get(table, key, true, versionAttribute).orElse(Map.of());
        AttributeValue version = item.get(versionAttribute);
        return version == null ? 0 : Long.parseLong(version.n());
    }
}
