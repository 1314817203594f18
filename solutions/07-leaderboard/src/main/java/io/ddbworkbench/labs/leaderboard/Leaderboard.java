package io.ddbworkbench.labs.leaderboard;

import static io.ddbworkbench.labs.leaderboard.ScoresTable.BY_GAME_SCORE;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.GAME_ID;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.PLAYER_ID;
import static io.ddbworkbench.labs.leaderboard.ScoresTable.SCORE;

import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Reference solution of lab 07, the plain leaderboard: the ByGameScore index keeps every game's scores in
 * order, so each question reads only the top of one index partition, or has DynamoDB count.
 */
public final class Leaderboard {
    /** Best score first; equal scores by player id, so a board lists a tie the same way every time. */
    private static final Comparator<PlayerScore> BOARD_ORDER = Comparator.comparingLong(PlayerScore::score)
            .reversed().thenComparing(PlayerScore::playerId);

    private final DynamoDbClient ddb;
    private final String tableName;

    public Leaderboard(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /** Step 1: keys-only projection, as the index's keys already hold all a board shows. */
    public void createTable() {
        new TableAdmin(ddb).create(TableSpec.builder(tableName)
                .partitionKey(PLAYER_ID, ScalarAttributeType.S)
                .sortKey(GAME_ID, ScalarAttributeType.S)
                .onDemand()
                .globalIndex(IndexSpec.global(BY_GAME_SCORE)
                        .partitionKey(GAME_ID, ScalarAttributeType.S)
                        .sortKey(SCORE, ScalarAttributeType.N)
                        .projectKeysOnly()
                        .build())
                .build());
    }

    /** Step 2: the comparison with the stored best travels in the write's condition. */
    public boolean submitScore(String gameId, String playerId, long score) {
        return LeaderboardRequests.keepBest(ddb, tableName, gameId, playerId, score, Map.of());
    }

    /** Step 3: the index is sorted by score, so the top n are the first n items read backwards. */
    public List<PlayerScore> topPlayers(String gameId, int n) {
        return ddb.query(ofGame(gameId).limit(n).build()).items().stream().map(PlayerScore::from).toList();
    }

    /**
     * Step 4: pages of {@code places} items, read lazily by the paginator; the loop stops at the first score
     * below the last place, so a tie on the last place costs at most one more page.
     */
    public List<Ranking> standings(String gameId, int places) {
        List<PlayerScore> shown = new ArrayList<>();
        for (Map<String, AttributeValue> item : ddb.queryPaginator(ofGame(gameId).limit(places).build()).items()) {
            PlayerScore next = PlayerScore.from(item);
            if (shown.size() >= places && next.score() < shown.get(shown.size() - 1).score()) {
                break;
            }
            shown.add(next);
        }
        shown.sort(BOARD_ORDER);
        List<Ranking> rankings = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            PlayerScore player = shown.get(i);
            boolean tiedWithPrevious = i > 0 && player.score() == shown.get(i - 1).score();
            int rank = tiedWithPrevious ? rankings.get(i - 1).rank() : i + 1;
            rankings.add(new Ranking(rank, player.playerId(), player.score()));
        }
        return rankings;
    }

    /**
     * Step 5: DynamoDB counts the scores above and returns only the number. It still reads (and bills) those
     * index items, a page of at most 1 MB at a time, so the counts of every page are added.
     */
    public Optional<Ranking> rankOf(String gameId, String playerId) {
        Map<String, AttributeValue> item = ddb.getItem(request -> request.tableName(tableName)
                .key(Map.of(PLAYER_ID, AttributeValue.fromS(playerId), GAME_ID, AttributeValue.fromS(gameId))))
                .item();
        if (!item.containsKey(SCORE)) {
            return Optional.empty();
        }
        long score = PlayerScore.from(item).score();
        int above = ddb.queryPaginator(request -> request.tableName(tableName).indexName(BY_GAME_SCORE)
                        .keyConditionExpression("#game = :game AND #score > :score")
                        .expressionAttributeNames(Map.of("#game", GAME_ID, "#score", SCORE))
                        .expressionAttributeValues(Map.of(":game", AttributeValue.fromS(gameId),
                                ":score", LeaderboardRequests.number(score)))
                        .select(Select.COUNT))
                .stream().mapToInt(QueryResponse::count).sum();
        return Optional.of(new Ranking(above + 1, playerId, score));
    }

    private QueryRequest.Builder ofGame(String gameId) {
        return LeaderboardRequests.highestFirst(tableName, BY_GAME_SCORE, GAME_ID, gameId);
    }
}
