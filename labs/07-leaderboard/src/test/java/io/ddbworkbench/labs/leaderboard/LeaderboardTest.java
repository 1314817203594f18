package io.ddbworkbench.labs.leaderboard;

import static io.ddbworkbench.labs.leaderboard.ScoresFixture.GAME;
import static io.ddbworkbench.labs.leaderboard.ScoresFixture.OTHER_GAME;
import static io.ddbworkbench.labs.leaderboard.ScoresFixture.SHARDED_GAME;
import static io.ddbworkbench.labs.leaderboard.ScoresFixture.SHARDS;
import static io.ddbworkbench.labs.leaderboard.ScoresFixture.n;
import static io.ddbworkbench.labs.leaderboard.ScoresFixture.s;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.BY_GAME_SCORE;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.BY_SHARD_SCORE;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.GAME_ID;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.GAME_SHARD;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.PLAYER_ID;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.RequestLog;
import io.ddbworkbench.testkit.TableNamespace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Lab 07: the specification of {@link Leaderboard} and {@link ShardedLeaderboard}, one step at a time. The
 * boards the reading steps use are written by {@link ScoresFixture} directly; the writing steps use their own
 * games and players, so every step passes or fails on its own.
 */
@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@DisplayName("Lab 07: leaderboard")
class LeaderboardTest {
    private final DynamoDbClient ddb;
    private final TableNamespace tables;
    private final String scoresTable;
    private final String shardedTable;
    private final ScoresFixture fixture;

    LeaderboardTest(DynamoDbClient ddb, TableNamespace tables) {
        this.ddb = ddb;
        this.tables = tables;
        this.scoresTable = tables.table("Scores");
        this.shardedTable = tables.table("ShardedScores");
        this.fixture = new ScoresFixture(ddb, scoresTable, shardedTable);
    }

    @BeforeAll
    void fillTheBoards() {
        fixture.createAndFill();
    }

    // ---- Step 1: the table and its leaderboard index ------------------------------------------------------

    @Test
    @Order(11)
    @DisplayName("Step 1: creates the table keyed by player and game, with a ByGameScore index sorted by a numeric Score")
    void createsTheTableAndIndex() {
        String table = tables.table("ScoresStep1");

        new Leaderboard(ddb, table).createTable();

        TableDescription created = ddb.describeTable(request -> request.tableName(table)).table();
        assertThat(created.keySchema()).as("the table's key: one item per player and game")
                .containsExactly(key(PLAYER_ID, KeyType.HASH), key(GAME_ID, KeyType.RANGE));
        assertThat(created.billingModeSummary()).as("billing: on demand (PAY_PER_REQUEST)").isNotNull();
        assertThat(created.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(created.globalSecondaryIndexes()).as("one global secondary index, named ByGameScore")
                .extracting(GlobalSecondaryIndexDescription::indexName).containsExactly(BY_GAME_SCORE);
        GlobalSecondaryIndexDescription index = created.globalSecondaryIndexes().get(0);
        assertThat(index.keySchema()).as("the index's key: all scores of a game in one index partition, sorted "
                + "by score").containsExactly(key(GAME_ID, KeyType.HASH), key(SCORE, KeyType.RANGE));
        assertThat(created.attributeDefinitions()).as("attribute definitions: Score must be a number (N); as a "
                + "string (S), \"95\" would sort above \"100\" and \"9\" above both")
                .extracting(definition -> definition.attributeName() + ":" + definition.attributeType())
                .containsExactlyInAnyOrder(PLAYER_ID + ":" + ScalarAttributeType.S,
                        GAME_ID + ":" + ScalarAttributeType.S, SCORE + ":" + ScalarAttributeType.N);
        assertThat(index.projection().projectionType()).as("the projection: KEYS_ONLY is enough, since an "
                + "index always holds the table's keys (PlayerId, GameId) and its own (Score); every projected "
                + "attribute would be stored and written a second time")
                .isEqualTo(ProjectionType.KEYS_ONLY);
    }

    // ---- Step 2: keep the best score ----------------------------------------------------------------------

    @Test
    @Order(21)
    @DisplayName("Step 2: records a first score with one UpdateItem and no read")
    void recordsAFirstScore() {
        RequestLog log = RequestLog.around(ddb);

        boolean best = new Leaderboard(log.client(), scoresTable).submitScore("g-step2", "ned", 420);

        assertThat(best).as("a player's first score in a game is their best").isTrue();
        assertThat(stored("ned", "g-step2")).as("ned's item in game g-step2").containsEntry(SCORE, n(420));
        assertThat(log.operations()).as("one UpdateItem whose condition compares with the stored score; a "
                + "GetItem first races with the player's next game finishing on another server")
                .containsExactly("UpdateItem");
    }

    @Test
    @Order(22)
    @DisplayName("Step 2: keeps the best score: a lower or equal score changes nothing, a higher one replaces it")
    void keepsTheBestScore() {
        Leaderboard board = new Leaderboard(ddb, scoresTable);
        givenScore("oz", "g-step2", 500);

        boolean lower = board.submitScore("g-step2", "oz", 300);
        boolean equal = board.submitScore("g-step2", "oz", 500);
        long afterWorse = score("oz", "g-step2");
        boolean higher = board.submitScore("g-step2", "oz", 650);

        assertThat(List.of(lower, equal, higher)).as("what submitScore returned for 300, 500 and 650 after a "
                + "best of 500 (catch ConditionalCheckFailedException and return false)")
                .containsExactly(false, false, true);
        assertThat(afterWorse).as("oz's score after a worse game: the condition Score < :score must refuse it")
                .isEqualTo(500);
        assertThat(score("oz", "g-step2")).as("oz's score after a better game").isEqualTo(650);
    }

    @Test
    @Order(23)
    @DisplayName("Step 2: updates the score in place, keeping the item's other attributes")
    void keepsOtherAttributes() {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(PLAYER_ID, s("pat"), GAME_ID, s("g-step2"),
                SCORE, n(10), "Nickname", s("Patty")));
        ddb.putItem(request -> request.tableName(scoresTable).item(item));

        new Leaderboard(ddb, scoresTable).submitScore("g-step2", "pat", 20);

        assertThat(stored("pat", "g-step2")).as("pat's item after a better game: a PutItem replaces the whole "
                + "item and drops the nickname; UpdateItem with SET changes only the score")
                .containsEntry(SCORE, n(20)).containsEntry("Nickname", s("Patty"));
    }

    // ---- Step 3: top N ------------------------------------------------------------------------------------

    @Test
    @Order(31)
    @DisplayName("Step 3: reads the top 4 of a game from the index, highest first, with one Query and a Limit")
    void readsTheTopPlayers() {
        RequestLog log = RequestLog.around(ddb);

        List<PlayerScore> top = new Leaderboard(log.client(), scoresTable).topPlayers(GAME, 4);

        assertThat(top).as("the scores of g-1's top 4, highest first (bob and cy tie on 870)")
                .extracting(PlayerScore::score).containsExactly(980L, 870L, 870L, 760L);
        assertThat(top).extracting(PlayerScore::playerId).containsExactlyInAnyOrder("ada", "bob", "cy", "dee");
        assertThat(log.operations()).as("one Query of the index; a Scan, or a Query without a Limit, reads the "
                + "whole game to keep four players").containsExactly("Query");
        QueryRequest query = log.requests(QueryRequest.class).get(0);
        assertThat(query.indexName()).as("the query goes to the ByGameScore index, where scores are sorted")
                .isEqualTo(BY_GAME_SCORE);
        assertThat(query.scanIndexForward()).as("ScanIndexForward = false reads the highest scores first")
                .isFalse();
        assertThat(query.limit()).as("Limit = 4: DynamoDB stops after the four items you need").isEqualTo(4);
    }

    @Test
    @Order(32)
    @DisplayName("Step 3: keeps games apart and returns what there is when a game has fewer players than asked")
    void readsOneGameOnly() {
        List<PlayerScore> top = new Leaderboard(ddb, scoresTable).topPlayers(OTHER_GAME, 10);

        assertThat(top).as("g-2's board: zed and ada, not g-1's players (the key condition is GameId = :game)")
                .containsExactly(new PlayerScore("zed", 99_999), new PlayerScore("ada", 5));
    }

    // ---- Step 4: ties -------------------------------------------------------------------------------------

    @Test
    @Order(41)
    @DisplayName("Step 4: gives tied players one rank and skips the places they fill (1, 2, 2, 4)")
    void tiesShareARank() {
        List<Ranking> standings = new Leaderboard(ddb, scoresTable).standings(GAME, 4);

        assertThat(standings).as("g-1's first 4 places. bob and cy tie on 870: both are 2nd, and dee is 4th, "
                + "not 3rd, because three players scored more. Tied players are listed by player id, so the board "
                + "does not reshuffle between two refreshes")
                .containsExactly(new Ranking(1, "ada", 980), new Ranking(2, "bob", 870), new Ranking(2, "cy", 870),
                        new Ranking(4, "dee", 760));
    }

    @Test
    @Order(42)
    @DisplayName("Step 4: lists everyone tied on the last place, reading only a page or two of the index")
    void listsTheWholeTieOnTheLastPlace() {
        RequestLog log = RequestLog.around(ddb);

        List<Ranking> standings = new Leaderboard(log.client(), scoresTable).standings(GAME, 5);

        assertThat(standings).as("g-1's first 5 places: eve, fay and gus share the 5th with 650, so all three "
                + "are listed (7 players); a plain Limit of 5 would show one of them at random")
                .extracting(Ranking::rank, Ranking::playerId)
                .containsExactly(tuple(1, "ada"), tuple(2, "bob"), tuple(2, "cy"), tuple(4, "dee"), tuple(5, "eve"),
                        tuple(5, "fay"), tuple(5, "gus"));
        List<QueryRequest> queries = log.requests(QueryRequest.class);
        assertThat(queries).as("Query requests: read in pages and stop at the first score below the last place; "
                + "one Query without a Limit reads the whole game").hasSizeBetween(1, 2);
        assertThat(queries.get(0).limit()).as("the first page's Limit: the places asked for (or one more, to see "
                + "if the last place is tied)").isNotNull().isBetween(5, 6);
        assertThat(log.operations()).doesNotContain("Scan");
    }

    // ---- Step 5: a player's rank --------------------------------------------------------------------------

    @Test
    @Order(51)
    @DisplayName("Step 5: ranks a player by counting the players above, with Select.COUNT")
    void ranksAPlayer() {
        RequestLog log = RequestLog.around(ddb);
        Leaderboard board = new Leaderboard(log.client(), scoresTable);

        Ranking dee = board.rankOf(GAME, "dee").orElse(null);

        assertThat(dee).as("dee's place in g-1: three players scored more").isEqualTo(new Ranking(4, "dee", 760));
        assertThat(log.operations().get(0)).as("first read the player's own score (GetItem of PlayerId, GameId)")
                .isEqualTo("GetItem");
        List<QueryRequest> counts = log.requests(QueryRequest.class);
        assertThat(counts).as("then Query the index for the players above").isNotEmpty();
        assertThat(counts).as("every Query asks for a count (Select.COUNT): reading the items above only to "
                + "count them in Java moves them all over the network")
                .allSatisfy(query -> assertThat(query.select()).isEqualTo(Select.COUNT));
        assertThat(counts.get(0).indexName()).isEqualTo(BY_GAME_SCORE);
        assertThat(counts.get(0).keyConditionExpression()).as("the key condition counts only the scores above: "
                + "Score > :score, so tied players are not counted").contains(">");
    }

    @Test
    @Order(52)
    @DisplayName("Step 5: gives tied players the same rank, and no rank to a player without a score in the game")
    void ranksTiesAndStrangers() {
        Leaderboard board = new Leaderboard(ddb, scoresTable);

        assertThat(List.of(board.rankOf(GAME, "ada"), board.rankOf(GAME, "cy"), board.rankOf(GAME, "gus"),
                board.rankOf(GAME, "kai")))
                .as("ranks in g-1 of ada (the best), cy (tied 2nd with bob), gus (tied 5th) and kai (the last of 11)")
                .extracting(ranking -> ranking.map(Ranking::rank).orElse(0))
                .containsExactly(1, 2, 5, 11);
        assertThat(board.rankOf(GAME, "zed")).as("zed plays g-2 only: no rank in g-1 (GetItem finds no item)")
                .isEmpty();
        assertThat(board.rankOf(GAME, "nobody")).as("a player who never played").isEmpty();
    }

    // ---- Step 6: write sharding ---------------------------------------------------------------------------

    @Test
    @Order(61)
    @DisplayName("Step 6: puts every player in one of the shards, always the same one, and spreads 400 players evenly")
    void spreadsPlayersOverShards() {
        ShardedLeaderboard board = new ShardedLeaderboard(ddb, shardedTable, SHARDS);
        List<String> players = IntStream.range(0, 400).mapToObj(i -> "player-" + i).toList();

        Map<Integer, Long> perShard = players.stream()
                .collect(Collectors.groupingBy(board::shardOf, Collectors.counting()));

        assertThat(perShard.keySet()).as("the shards used: 0 to 3. A negative shard comes from hashCode() % 4 on a "
                + "negative hash; Math.floorMod(hash, 4) is never negative").containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(perShard.values()).as("players per shard, out of 400: each shard should take about a quarter "
                + "of the writes").allSatisfy(count -> assertThat(count).isBetween(70L, 130L));
        assertThat(players).as("the shard of a player must not change between calls (a random shard spreads "
                + "writes too, but then no reader can tell where a player is)")
                .allSatisfy(player -> assertThat(board.shardOf(player)).isEqualTo(board.shardOf(player)));
        assertThat(new ShardedLeaderboard(ddb, shardedTable, SHARDS).shardOf("player-7"))
                .as("another instance, as on another server, must agree").isEqualTo(board.shardOf("player-7"));
    }

    @Test
    @Order(62)
    @DisplayName("Step 6: writes a hot game's scores with their GameShard, keeping each player's best")
    void writesScoresToShards() {
        ShardedLeaderboard board = new ShardedLeaderboard(ddb, shardedTable, SHARDS);
        List<String> players = IntStream.range(0, 40).mapToObj(i -> "hot-" + i).toList();

        players.forEach(player -> board.submitScore("g-hot", player, 100));
        boolean worse = board.submitScore("g-hot", "hot-3", 50);
        boolean better = board.submitScore("g-hot", "hot-4", 150);

        assertThat(players).as("every player's item carries GameShard = ScoresTable.shardKey(game, "
                + "shardOf(player)), which puts it in that shard's partition of the ByShardScore index")
                .allSatisfy(player -> assertThat(shardedItem(player, "g-hot"))
                        .containsEntry(GAME_SHARD, s(ScoresTable.shardKey("g-hot", board.shardOf(player)))));
        assertThat(List.of(worse, better)).as("a worse and a better game, as in Step 2").containsExactly(false, true);
        assertThat(shardedItem("hot-3", "g-hot")).containsEntry(SCORE, n(100));
        assertThat(shardedItem("hot-4", "g-hot")).containsEntry(SCORE, n(150));
    }

    // ---- Step 7: scatter-gather ---------------------------------------------------------------------------

    @Test
    @Order(71)
    @DisplayName("Step 7: merges the shards' answers into the game's top 10, even when they all sit in one shard")
    void mergesTheShards() {
        List<PlayerScore> top = new ShardedLeaderboard(ddb, shardedTable, SHARDS).topPlayers(SHARDED_GAME, 10);

        assertThat(top).as("the top 10 of g-sharded (120 players): all ten are in shard 2. Taking 10 / 4 from each "
                + "shard, or not sorting the merged lists, gives the wrong board")
                .containsExactlyElementsOf(fixture.shardedTop(10));
    }

    @Test
    @Order(72)
    @DisplayName("Step 7: sends one Query per shard, each for the top n of its shard")
    void queriesEveryShardOnce() {
        RequestLog log = RequestLog.around(ddb);

        List<PlayerScore> top = new ShardedLeaderboard(log.client(), shardedTable, SHARDS).topPlayers(SHARDED_GAME, 3);

        assertThat(top).as("the top 3 of g-sharded: each shard's query needs Limit 3, not 3 / 4")
                .containsExactlyElementsOf(fixture.shardedTop(3));
        List<QueryRequest> queries = log.requests(QueryRequest.class);
        assertThat(log.operations()).as("one Query per shard, four in all").containsExactly("Query", "Query",
                "Query", "Query");
        assertThat(queries).as("each shard's query: the ByShardScore index, highest first, Limit 3")
                .allSatisfy(query -> {
                    assertThat(query.indexName()).isEqualTo(BY_SHARD_SCORE);
                    assertThat(query.scanIndexForward()).isFalse();
                    assertThat(query.limit()).isEqualTo(3);
                });
        Set<String> shardsAsked = queries.stream()
                .flatMap(query -> query.expressionAttributeValues().values().stream())
                .map(AttributeValue::s)
                .collect(Collectors.toSet());
        assertThat(shardsAsked).as("the GameShard values asked for: every shard of the game, once")
                .containsExactlyInAnyOrder(IntStream.range(0, SHARDS)
                        .mapToObj(shard -> ScoresTable.shardKey(SHARDED_GAME, shard)).toArray(String[]::new));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private void givenScore(String playerId, String gameId, long score) {
        ddb.putItem(request -> request.tableName(scoresTable)
                .item(Map.of(PLAYER_ID, s(playerId), GAME_ID, s(gameId), SCORE, n(score))));
    }

    private Map<String, AttributeValue> stored(String playerId, String gameId) {
        return item(scoresTable, playerId, gameId);
    }

    private Map<String, AttributeValue> shardedItem(String playerId, String gameId) {
        return item(shardedTable, playerId, gameId);
    }

    private long score(String playerId, String gameId) {
        return Long.parseLong(stored(playerId, gameId).get(SCORE).n());
    }

    private Map<String, AttributeValue> item(String table, String playerId, String gameId) {
        return ddb.getItem(request -> request.tableName(table).consistentRead(true)
                .key(Map.of(PLAYER_ID, s(playerId), GAME_ID, s(gameId)))).item();
    }

    private static KeySchemaElement key(String attribute, KeyType type) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
    }
}
