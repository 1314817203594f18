package io.ddbworkbench.toolkit.query;

import io.ddbworkbench.toolkit.expression.ExpressionAttributes;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** A scan: every item of the table or index, paid for in full whatever the filter keeps. Use sparingly. */
public final class ScanSpec extends ReadOptions<ScanSpec> {
    private final String table;

    private ScanSpec(String table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    public static ScanSpec of(String table) {
        return new ScanSpec(table);
    }

    @Override
    ScanSpec self() {
        return this;
    }

    /**
     * @param segment       this worker's segment, or {@code null} for a plain scan
     * @param totalSegments how many segments the parallel scan has, or {@code null}
     */
    ScanRequest toRequest(Map<String, AttributeValue> exclusiveStartKey, Integer segment, Integer totalSegments) {
        ExpressionAttributes attributes = new ExpressionAttributes();
        return ScanRequest.builder()
                .tableName(table)
                .indexName(indexName)
                .filterExpression(filterText(attributes))
                .projectionExpression(projectionText(attributes))
                .expressionAttributeNames(attributes.names())
                .expressionAttributeValues(attributes.values())
                .consistentRead(consistentRead)
                .limit(limit)
                .exclusiveStartKey(exclusiveStartKey)
                .segment(segment)
                .totalSegments(totalSegments)
                .build();
    }
}
