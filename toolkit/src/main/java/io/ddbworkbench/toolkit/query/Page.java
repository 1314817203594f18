package io.ddbworkbench.toolkit.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of a query or scan, and the token to ask for the next one (empty on the last page). A page may
 * hold fewer items than the limit, even none, when a filter dropped them: only an empty token means done.
 */
public record Page(List<Map<String, AttributeValue>> items, Optional<String> nextToken) {
    public Page {
        items = List.copyOf(items);
    }

    static Page of(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey) {
        boolean more = lastEvaluatedKey != null && !lastEvaluatedKey.isEmpty();
        return new Page(items, more ? Optional.of(ResumeToken.encode(lastEvaluatedKey)) : Optional.empty());
    }
}
