package io.ddbworkbench.labs.leaderboard;

/**
 * The names this lab's tables and indexes use (given: nothing to do here). One item per player and game,
 * holding the player's best score in that game.
 *
 * <pre>
 * PlayerId (S, partition key)   GameId (S, sort key)   Score (N)   GameShard (S, sharded table only)
 * </pre>
 *
 * <p>The table is keyed by player because the game writes "this player finished this game with this score";
 * the leaderboard questions ("who leads game g-1?") go to a global secondary index keyed by game.
 */
public final class ScoresTable {
    public static final String PLAYER_ID = "PlayerId";
    public static final String GAME_ID = "GameId";
    /** A number, so that 100 ranks above 95 and 9; as a string, "95" would rank above "100". */
    public static final String SCORE = "Score";
    /** The index partition of a sharded game: {@link #shardKey(String, int)}. */
    public static final String GAME_SHARD = "GameShard";

    /** The leaderboard index of the plain table: partition key GameId, sort key Score. */
    public static final String BY_GAME_SCORE = "ByGameScore";
    /** The leaderboard index of the sharded table: partition key GameShard, sort key Score. */
    public static final String BY_SHARD_SCORE = "ByShardScore";

    private ScoresTable() {
    }

    /** The GameShard value of shard {@code shard} of a game: {@code g-1#0}, {@code g-1#1}, ... */
    public static String shardKey(String gameId, int shard) {
        return gameId + "#" + shard;
    }
}
