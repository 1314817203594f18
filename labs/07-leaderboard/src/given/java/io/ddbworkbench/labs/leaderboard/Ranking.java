package io.ddbworkbench.labs.leaderboard;

/**
 * A place on the leaderboard. Ranks follow the "1224" rule of sports tables: players with equal scores share a
 * rank, and the next rank counts everyone above it (980, 870, 870, 760 rank 1, 2, 2, 4).
 */
public record Ranking(int rank, String playerId, long score) {
}
