package io.ddbworkbench.labs.leaderboard;

import static io.ddbworkbench.labs.leaderboard.ScoresTable.GAME_ID;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.PLAYER_ID;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.SCORE;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The two requests the plain and the sharded leaderboard share: the conditional write that keeps a best score,
 * and a read of one leaderboard index partition, highest score first. Only the index and its partition
 * attribute differ between the two designs.
 */
final class LeaderboardRequests {
    private LeaderboardRequests() {
    }

    /**
     * Sets {@code Score} (and the attributes in {@code alongside}) only when the item has no score yet or a
     * lower one: the comparison happens inside the write, so two games finishing at once cannot both win.
     *
     * @return true if the score was written, false if the stored one was at least as good
     */
    static boolean keepBest(DynamoDbClient ddb, String tableName, String gameId, String playerId, long score,
                            Map<String, AttributeValue> alongside) {
        Map<String, String> names = new HashMap<>(Map.of("#score", SCORE));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":score", number(score)));
        StringBuilder update = new StringBuilder("SET #score = :score");
        int next = 0;
        for (Map.Entry<String, AttributeValue> attribute : alongside.entrySet()) {
            names.put("#a" + next, attribute.getKey());
            values.put(":a" + next, attribute.getValue());
            update.append(", #a").append(next).append(" = :a").append(next);
            next++;
        }
        try {
            ddb.updateItem(request -> request.tableName(tableName)
                    .key(Map.of(PLAYER_ID, AttributeValue.fromS(playerId), GAME_ID, AttributeValue.fromS(gameId)))
                    .updateExpression(update.toString())
                    .conditionExpression("attribute_not_exists(#score) OR #score < :score")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException notBetter) {
            return false;
        }
    }

    /** A query of one index partition (a game, or one shard of it), highest score first. */
    static QueryRequest.Builder highestFirst(String tableName, String indexName, String partitionAttribute,
                                             String partitionValue) {
        return QueryRequest.builder().tableName(tableName).indexName(indexName)
                .keyConditionExpression("#partition = :partition")
                .expressionAttributeNames(Map.of("#partition", partitionAttribute))
                .expressionAttributeValues(Map.of(":partition", AttributeValue.fromS(partitionValue)))
                .scanIndexForward(false);
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
