package io.ddbworkbench.labs.leaderboard;

import static io.ddbworkbench.labs.leaderboard.ScoresTable.BY_GAME_SCORE;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.BY_SHARD_SCORE;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.GAME_ID;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.GAME_SHARD;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.PLAYER_ID;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.SCORE;

import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The scores the tests read, written straight through the client (never through the code under test, so every
 * step can pass on its own): two small games in the plain table, and a 120-player game spread over four shards
 * in the sharded table, its ten best players all in shard 2.
 */
final class ScoresFixture {
    static final String GAME = "g-1";
    static final String OTHER_GAME = "g-2";
    static final String SHARDED_GAME = "g-sharded";
    static final int SHARDS = 4;
    static final int SHARDED_PLAYERS = 120;

    /** Game g-1 from the best down: two ties, one of them three players long, and scores of 3, 2 and 1 digits. */
    static final Map<String, Long> GAME_SCORES = scores("ada", 980, "bob", 870, "cy", 870, "dee", 760,
            "eve", 650, "fay", 650, "gus", 650, "hal", 320, "jay", 100, "ida", 95, "kai", 9);
    /** Game g-2: ada plays here too, and zed only here. */
    static final Map<String, Long> OTHER_GAME_SCORES = scores("zed", 99_999, "ada", 5);

    private final DynamoDbClient ddb;
    private final String scoresTable;
    private final String shardedTable;
    private final List<PlayerScore> shardedGame = new ArrayList<>();

    ScoresFixture(DynamoDbClient ddb, String scoresTable, String shardedTable) {
        this.ddb = ddb;
        this.scoresTable = scoresTable;
        this.shardedTable = shardedTable;
    }

    void createAndFill() {
        TableAdmin admin = new TableAdmin(ddb);
        admin.create(scoresTable(scoresTable,
                IndexSpec.global(BY_GAME_SCORE).partitionKey(GAME_ID, ScalarAttributeType.S)));
        admin.create(scoresTable(shardedTable,
                IndexSpec.global(BY_SHARD_SCORE).partitionKey(GAME_SHARD, ScalarAttributeType.S)));
        GAME_SCORES.forEach((player, score) -> put(scoresTable, Map.of(PLAYER_ID, s(player), GAME_ID, s(GAME),
                SCORE, n(score))));
        OTHER_GAME_SCORES.forEach((player, score) -> put(scoresTable, Map.of(PLAYER_ID, s(player),
                GAME_ID, s(OTHER_GAME), SCORE, n(score))));
        for (int i = 0; i < SHARDED_PLAYERS; i++) {
            String player = String.format("p-%03d", i);
            int shard = i % SHARDS;
            long score = shard == 2 ? 10_000 + i : i;
            shardedGame.add(new PlayerScore(player, score));
            put(shardedTable, Map.of(PLAYER_ID, s(player), GAME_ID, s(SHARDED_GAME),
                    GAME_SHARD, s(ScoresTable.shardKey(SHARDED_GAME, shard)), SCORE, n(score)));
        }
        awaitIndexed(scoresTable, BY_GAME_SCORE, GAME_ID, GAME, GAME_SCORES.size());
        for (int shard = 0; shard < SHARDS; shard++) {
            awaitIndexed(shardedTable, BY_SHARD_SCORE, GAME_SHARD, ScoresTable.shardKey(SHARDED_GAME, shard),
                    SHARDED_PLAYERS / SHARDS);
        }
    }

    /** The best {@code n} players of the sharded game, best first (every score there is different). */
    List<PlayerScore> shardedTop(int n) {
        return shardedGame.stream().sorted(Comparator.comparingLong(PlayerScore::score).reversed()).limit(n).toList();
    }

    private static TableSpec scoresTable(String name, IndexSpec.Builder leaderboardIndex) {
        return TableSpec.builder(name).partitionKey(PLAYER_ID, ScalarAttributeType.S)
                .sortKey(GAME_ID, ScalarAttributeType.S).onDemand()
                .globalIndex(leaderboardIndex.sortKey(SCORE, ScalarAttributeType.N).projectKeysOnly().build())
                .build();
    }

    private void put(String table, Map<String, AttributeValue> item) {
        ddb.putItem(request -> request.tableName(table).item(item));
    }

    /**
     * Global secondary indexes follow the table a moment later on the real service: wait until the index
     * partition holds every item written, so no test reads a board still filling up.
     */
    private void awaitIndexed(String table, String index, String attribute, String value, int expected) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int indexed = ddb.query(request -> request.tableName(table).indexName(index)
                    .keyConditionExpression("#k = :v").expressionAttributeNames(Map.of("#k", attribute))
                    .expressionAttributeValues(Map.of(":v", s(value))).select(Select.COUNT)).count();
            if (indexed >= expected) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("index " + index + " of " + table + " still lacks items of " + value);
    }

    private static Map<String, Long> scores(Object... playerThenScore) {
        Map<String, Long> scores = new LinkedHashMap<>();
        for (int i = 0; i < playerThenScore.length; i += 2) {
            scores.put((String) playerThenScore[i], ((Number) playerThenScore[i + 1]).longValue());
        }
        return scores;
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
