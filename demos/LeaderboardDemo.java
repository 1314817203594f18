///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java

import io.ddbworkbench.toolkit.expression.Expression;
import io.ddbworkbench.toolkit.expression.KeyCondition;
import io.ddbworkbench.toolkit.query.QuerySpec;
import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.Workbench;

/**
 * A leaderboard: the original guide's GameScores table, whose LeaderboardIndex (GameID, Score) answers "top
 * ten of a game" with one descending query; then the same answer from a write-sharded index, which spreads a
 * popular game's score writes over four partition keys and merges the four shards' top tens; and an atomic
 * score update that moves a player up.
 */
public class LeaderboardDemo {
    private static final String GAME = "game123";
    private static final int SHARDS = 4;
    private static final int PLAYERS = 100;

    public static void main(String[] args) {
        Demo.main("Leaderboard: top ten from an index, and write sharding", LeaderboardDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        String scores = bench.table("GameScores");
        createAndLoad(bench, say, scores);
        topTenFromIndex(bench, say, scores);
        topTenFromShards(bench, say, scores);
        scoreUpdate(bench, say, scores);
    }

    static void createAndLoad(Workbench bench, Narrator say, String scores) {
        say.step("Create GameScores with a leaderboard index and a sharded one; record " + PLAYERS + " scores");
        say.why("The table's key (UserID, GameID) answers 'my score in this game'. The GSI LeaderboardIndex "
                + "re-keys the same items by GameID and sorts them by Score. A second GSI keys them by GameShard "
                + "= game#<hash of the player mod " + SHARDS + ">, so writes for one popular game land on " + SHARDS
                + " partition keys instead of one.");
        bench.ddb().tables().create(TableSpec.builder(scores)
                .partitionKey("UserID", ScalarAttributeType.S)
                .sortKey("GameID", ScalarAttributeType.S)
                .globalIndex(IndexSpec.global("LeaderboardIndex")
                        .partitionKey("GameID", ScalarAttributeType.S)
                        .sortKey("Score", ScalarAttributeType.N)
                        .build())
                .globalIndex(IndexSpec.global("ShardedLeaderboardIndex")
                        .partitionKey("GameShard", ScalarAttributeType.S)
                        .sortKey("Score", ScalarAttributeType.N)
                        .build())
                .build());
        Random random = new Random(2024);
        Set<Integer> distinctScores = new LinkedHashSet<>();
        while (distinctScores.size() < PLAYERS) {
            distinctScores.add(100 + random.nextInt(9900));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        int player = 0;
        for (int score : distinctScores) {
            String user = String.format("player-%02d", ++player);
            items.add(Map.of("UserID", user, "GameID", GAME, "Score", score, "GameShard", shardOf(user)));
        }
        say.request("CreateTable " + scores + " UserID (S) + GameID (S); GSI LeaderboardIndex GameID + Score (N); "
                + "GSI ShardedLeaderboardIndex GameShard + Score (N)", "BatchWriteItem " + PLAYERS + " scores in "
                + GAME + ", e.g. " + ItemText.plain(items.get(0)));
        bench.ddb().batchWriter().putAll(scores, items);
        say.result(PLAYERS + " scores written over " + items.stream().map(item -> item.get("GameShard"))
                .distinct().count() + " shards");
    }

    /** The shard a player's score goes to: stable, and spread evenly by the hash. */
    static String shardOf(String userId) {
        return GAME + "#" + Math.floorMod(userId.hashCode(), SHARDS);
    }

    static void topTenFromIndex(Workbench bench, Narrator say, String scores) {
        say.step("Top ten of " + GAME + " from LeaderboardIndex");
        say.why("A query on the index, read backwards (highest score first) and stopped after ten items: the "
                + "service reads ten index entries, whatever the number of players.");
        say.request("Query " + scores + " IndexName=LeaderboardIndex GameID = \"" + GAME + "\", "
                + "ScanIndexForward=false, Limit=10");
        List<Map<String, AttributeValue>> top = bench.ddb().reads().query(QuerySpec.of(scores,
                KeyCondition.partitionKey("GameID").eq(GAME)).index("LeaderboardIndex").scanForward(false).limit(10))
                .collect(Collectors.toList());
        say.result("top ten:");
        say.lines(ranking(top));
    }

    static void topTenFromShards(Workbench bench, Narrator say, String scores) {
        say.step("Top ten of " + GAME + " from the " + SHARDS + " shards of ShardedLeaderboardIndex");
        say.why("Each shard's top ten is read with the same descending query; the overall top ten is always "
                + "among those " + SHARDS * 10 + " items, so merging them by score gives the same answer as "
                + "above, without one hot partition key.");
        say.request("Query " + scores + " IndexName=ShardedLeaderboardIndex GameShard = \"" + GAME + "#0\" .. \""
                + GAME + "#" + (SHARDS - 1) + "\", ScanIndexForward=false, Limit=10 each; merge");
        // tag::top-ten[]
        List<Map<String, AttributeValue>> candidates = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            QuerySpec shardTopTen = QuerySpec.of(scores, KeyCondition.partitionKey("GameShard").eq(GAME + "#" + shard))
                    .index("ShardedLeaderboardIndex").scanForward(false).limit(10);
            bench.ddb().reads().query(shardTopTen).forEach(candidates::add);
        }
        Comparator<Map<String, AttributeValue>> byScore =
                Comparator.comparing(item -> new BigDecimal(item.get("Score").n()));
        List<Map<String, AttributeValue>> topTen = candidates.stream()
                .sorted(byScore.reversed())
                .limit(10)
                .collect(Collectors.toList());
        // end::top-ten[]
        say.result("merged " + candidates.size() + " candidates into the top ten:");
        say.lines(ranking(topTen));
    }

    static void scoreUpdate(Workbench bench, Narrator say, String scores) {
        say.step("player-07 scores 9,000 points");
        say.why("ADD on the table item updates the score atomically; DynamoDB moves the entry within both "
                + "indexes by itself. The next leaderboard query sees the new order.");
        say.request("UpdateItem " + scores + " {UserID: \"player-07\", GameID: \"" + GAME + "\"} ADD Score :points"
                + "  (:points = 9000)");
        Map<String, AttributeValue> updated = bench.ddb().items().update(scores,
                Map.of("UserID", "player-07", "GameID", GAME),
                Expression.of("ADD Score :points", Map.of(":points", 9000)));
        say.result("Score is now " + updated.get("Score").n());
        say.request("Query " + scores + " IndexName=LeaderboardIndex GameID = \"" + GAME + "\", "
                + "ScanIndexForward=false, Limit=3");
        say.result("top three:");
        say.lines(ranking(bench.ddb().reads().query(QuerySpec.of(scores, KeyCondition.partitionKey("GameID").eq(GAME))
                .index("LeaderboardIndex").scanForward(false).limit(3)).collect(Collectors.toList())));
    }

    private static List<String> ranking(List<Map<String, AttributeValue>> items) {
        List<String> lines = new ArrayList<>();
        for (int rank = 0; rank < items.size(); rank++) {
            Map<String, AttributeValue> item = items.get(rank);
            lines.add(String.format("#%-2d %s %6s", rank + 1, item.get("UserID").s(), item.get("Score").n()));
        }
        return lines;
    }
}
