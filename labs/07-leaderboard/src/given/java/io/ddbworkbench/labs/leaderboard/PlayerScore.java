package io.ddbworkbench.labs.leaderboard;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A player's best score in one game. */
public record PlayerScore(String playerId, long score) {

    /** Reads the two attributes from an item of the table or of either leaderboard index. */
    public static PlayerScore from(Map<String, AttributeValue> item) {
        return new PlayerScore(item.get(ScoresTable.PLAYER_ID).s(), Long.parseLong(item.get(ScoresTable.SCORE).n()));
    }
}
