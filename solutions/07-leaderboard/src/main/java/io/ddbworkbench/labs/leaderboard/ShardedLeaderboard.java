package io.ddbworkbench.labs.leaderboard;

import static io.ddbworkbench.labs.leaderboard.ScoresTable.BY_SHARD_SCORE;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.GAME_SHARD;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reference solution of lab 07, the sharded leaderboard: a hot game's scores are spread over {@code shards}
 * index partitions by a hash of the player id, and every read of the game asks each shard and merges.
 */
public final class ShardedLeaderboard {
    private final DynamoDbClient ddb;
    private final String tableName;
    private final int shards;

    public ShardedLeaderboard(DynamoDbClient ddb, String tableName, int shards) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.shards = shards;
    }

    /**
     * Step 6: a hash, not a random number, so anyone who knows the player can find the shard; floorMod, because
     * {@code hashCode()} is negative for about half of all strings.
     */
    public int shardOf(String playerId) {
        return Math.floorMod(playerId.hashCode(), shards);
    }

    /** Step 6: the same guarded write as the plain board, which also files the item under its shard. */
    public boolean submitScore(String gameId, String playerId, long score) {
        return LeaderboardRequests.keepBest(ddb, tableName, gameId, playerId, score,
                Map.of(GAME_SHARD, AttributeValue.fromS(ScoresTable.shardKey(gameId, shardOf(playerId)))));
    }

    /**
     * Step 7: every shard's own top n, merged: the game's top n cannot hold more than n players of one shard, so
     * nothing outside those lists can be missing. In production, send the shard queries at once (the async
     * client), so the latency is one query's rather than {@code shards} of them.
     */
    public List<PlayerScore> topPlayers(String gameId, int n) {
        return IntStream.range(0, shards)
                .mapToObj(shard -> ddb.query(LeaderboardRequests.highestFirst(tableName, BY_SHARD_SCORE, GAME_SHARD,
                        ScoresTable.shardKey(gameId, shard)).limit(n).build()).items())
                .flatMap(List::stream)
                .map(PlayerScore::from)
                .sorted(Comparator.comparingLong(PlayerScore::score).reversed())
                .limit(n)
                .toList();
    }
}
