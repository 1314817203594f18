package io.ddbworkbench.toolkit.batch;

import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.expression.ExpressionAttributes;
import io.ddbworkbench.toolkit.item.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads any number of items by key: 100 keys per BatchGetItem call (the service's limit), UnprocessedKeys
 * re-driven under {@link Backoff}, keys still unread at the end reported in the {@link BatchReadResult}.
 */
public final class BatchReader {
    /** BatchGetItem takes at most 100 keys per call. */
    public static final int MAX_KEYS_PER_CALL = 100;

    private final DynamoDbClient client;
    private final Backoff backoff;

    public BatchReader(DynamoDbClient client, Backoff backoff) {
        this.client = client;
        this.backoff = backoff;
    }

    /**
     * @param consistentRead true for strongly consistent reads
     * @param attributes     the attributes to return (must include the key to match results to keys); none
     *                       means all
     */
    public BatchReadResult getAll(String table, Collection<? extends Map<String, ?>> keys, boolean consistentRead,
                                  String... attributes) {
        List<Map<String, AttributeValue>> converted = new ArrayList<>();
        keys.forEach(key -> converted.add(Values.item(key)));
        ExpressionAttributes expressions = new ExpressionAttributes();
        String projection = expressions.add(attributes.length == 0 ? null : Expression.projection(attributes));

        List<Map<String, AttributeValue>> found = new ArrayList<>();
        List<Map<String, AttributeValue>> unread = new ArrayList<>();
        int calls = 0;
        for (int start = 0; start < converted.size(); start += MAX_KEYS_PER_CALL) {
            KeysAndAttributes chunk = KeysAndAttributes.builder()
                    .keys(converted.subList(start, Math.min(converted.size(), start + MAX_KEYS_PER_CALL)))
                    .consistentRead(consistentRead)
                    .projectionExpression(projection)
                    .expressionAttributeNames(expressions.names())
                    .build();
            Redrive.Outcome<Map<String, KeysAndAttributes>> outcome = Redrive.run(Map.of(table, chunk),
                    pending -> {
                        BatchGetItemResponse response = client.batchGetItem(request -> request.requestItems(pending));
                        found.addAll(response.responses().getOrDefault(table, List.of()));
                        return response.unprocessedKeys();
                    },
                    Map::isEmpty, backoff);
            calls += outcome.attempts();
            outcome.leftOver().values().forEach(left -> unread.addAll(left.keys()));
        }
        return new BatchReadResult(found, unread, calls);
    }
}
