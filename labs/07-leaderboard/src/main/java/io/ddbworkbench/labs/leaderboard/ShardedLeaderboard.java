package io.ddbworkbench.labs.leaderboard;

import io.ddbworkbench.labkit.NotDoneYet;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The leaderboard of a hot game, whose score writes are more than one index partition can take. Every score
 * item carries a {@code GameShard}, one of {@code shards} values per game ({@link ScoresTable#shardKey}), and the
 * index {@link ScoresTable#BY_SHARD_SCORE} is keyed by it: the writes spread over the shards, and a reader asks
 * every shard and merges. Each method is one step of the lab (README.adoc).
 *
 * <p>The rule of the lab: a shard must be computable from what the reader knows, and every read of "the game"
 * becomes one read per shard.
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
     * Step 6: the shard of a player, from 0 to {@code shards - 1}: always the same for the same player, and spread
     * evenly over many players. Compute it from a hash of the player id ({@code String.hashCode()} is the same
     * in every JVM); mind that a hash can be negative.
     */
    public int shardOf(String playerId) {
        throw new NotDoneYet("Step 6: pick the player's shard from a hash of the player id (Math.floorMod)");
    }

    /**
     * Step 6: records a finished game in a sharded leaderboard, keeping the best score, as
     * {@link Leaderboard#submitScore} does, and also setting {@code GameShard} to
     * {@code ScoresTable.shardKey(gameId, shardOf(playerId))} in the same {@code UpdateItem}.
     *
     * @return true if {@code score} is the player's new best in this game
     */
    public boolean submitScore(String gameId, String playerId, long score) {
        throw new NotDoneYet("Step 6: keep the best score and set the player's GameShard (UpdateItem)");
    }

    /**
     * Step 7: the {@code n} best players of a sharded game, best first: scatter, then gather.
     *
     * <p>For each shard {@code 0..shards-1}, one {@code Query} of the index {@link ScoresTable#BY_SHARD_SCORE}:
     * {@code GameShard = :shard}, highest first, {@code Limit = n}. The best {@code n} of the game are all among
     * the shards' own best {@code n}: merge the lists, sort by score (highest first) and keep {@code n}.
     */
    public List<PlayerScore> topPlayers(String gameId, int n) {
        throw new NotDoneYet("Step 7: query every shard's top n and merge them (scatter-gather)");
    }
}
