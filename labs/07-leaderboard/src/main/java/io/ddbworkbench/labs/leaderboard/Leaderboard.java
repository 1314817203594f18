package io.ddbworkbench.labs.leaderboard;

import io.ddbworkbench.labkit.NotDoneYet;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A game's leaderboard: players' best scores in a table keyed by player, and a global secondary index keyed by
 * game and sorted by score that answers "who leads?". Each method is one step of the lab (README.adoc): replace
 * its {@code throw new NotDoneYet(...)} with DynamoDB calls through {@link #ddb}. Names are the constants of
 * {@link ScoresTable}; {@link PlayerScore#from} reads an item.
 *
 * <p>The rule of the lab: let the index keep the order. Never read a whole game to sort or count it in Java;
 * read the few items at the top, or ask DynamoDB to count.
 */
public final class Leaderboard {
    private final DynamoDbClient ddb;
    private final String tableName;

    public Leaderboard(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /**
     * Step 1: creates the table and its leaderboard index, on demand.
     *
     * <p>{@code CreateTable}: partition key {@code PlayerId} (S), sort key {@code GameId} (S), and a global
     * secondary index {@link ScoresTable#BY_GAME_SCORE} with partition key {@code GameId} and sort key
     * {@code Score} of type N, projecting {@code KEYS_ONLY}. Billing {@code PAY_PER_REQUEST}. Wait until the table
     * exists before returning.
     */
    public void createTable() {
        throw new NotDoneYet("Step 1: create the table with a ByGameScore index (GameId, Score as a number)");
    }

    /**
     * Step 2: records a finished game, keeping only the player's best score.
     *
     * <p>One {@code UpdateItem} of the item ({@code PlayerId}, {@code GameId}): {@code SET Score = :score} on the
     * condition {@code attribute_not_exists(Score) OR Score < :score}. A refused condition
     * ({@code ConditionalCheckFailedException}) means the player did better before: return false. Any other
     * attribute of the item must survive.
     *
     * @return true if {@code score} is the player's new best in this game
     */
    public boolean submitScore(String gameId, String playerId, long score) {
        throw new NotDoneYet("Step 2: keep the best score with one conditional UpdateItem");
    }

    /**
     * Step 3: the {@code n} best players of a game, best first.
     *
     * <p>One {@code Query} of the index {@link ScoresTable#BY_GAME_SCORE}: key condition {@code GameId = :game},
     * {@code ScanIndexForward = false} (highest score first), {@code Limit = n}. Players with equal scores may
     * come in any order.
     */
    public List<PlayerScore> topPlayers(String gameId, int n) {
        throw new NotDoneYet("Step 3: read the top n from the index, highest score first, with a Limit");
    }

    /**
     * Step 4: the leaderboard's first {@code places} places, with ranks, ties included.
     *
     * <p>Ranks follow {@link Ranking}: equal scores share a rank. Everyone whose rank is at most {@code places}
     * is listed, so a tie on the last place may list more than {@code places} players. Order: best score
     * first, equal scores by player id. Read the index highest first in pages of {@code places} items (a
     * {@code Limit}) and stop reading as soon as you meet a score below the last place: never read the whole
     * game.
     */
    public List<Ranking> standings(String gameId, int places) {
        throw new NotDoneYet("Step 4: rank the top places with shared ranks for ties, reading only what it needs");
    }

    /**
     * Step 5: one player's place in a game, or empty if the player has no score in it.
     *
     * <p>{@code GetItem} the player's score, then count the players above it: a {@code Query} of the index with
     * key condition {@code GameId = :game AND Score > :score} and {@code Select.COUNT}, adding up
     * {@code count()} over every page. The rank is that count plus one.
     */
    public Optional<Ranking> rankOf(String gameId, String playerId) {
        throw new NotDoneYet("Step 5: rank = 1 + the number of players above (Query with Select.COUNT)");
    }
}
