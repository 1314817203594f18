/**
 * The durable mode ({@code -dbPath}): the tables and their streams stay in memory, where every request is
 * served, and a write-ahead log on disk records each committed change before the write is acknowledged, so
 * restarting on the same directory brings everything back.
 *
 * <p>Stream records are persisted, not rebuilt: each commit's record carries the stream records it made
 * (sequence numbers, event ids, images), and snapshots hold every stream with its kept records. Rebuilding
 * them by replaying changes would give new shard ids and sequence numbers (the counter is shared by every
 * table, so numbering depends on how commits to different tables interleaved), and a consumer's checkpoint
 * would no longer point at the record it read; it would also need the whole day of history, which
 * compaction throws away.
 *
 * <p>Completed ClientRequestTokens of TransactWriteItems are persisted the same way: the commit record of a
 * transaction that carried one also carries the token, its request's fingerprint, its completion instant and
 * what a replay answers (a transaction that changed no item writes that record with no changes), and
 * snapshots hold every token still within its ten minutes. A client that retries after a restart therefore
 * gets the replay, not a second write; a crash that tears the record loses the items and the token together.
 *
 * <p>Why a log of our own rather than an embedded store: the engine must stay free of dependencies (no
 * native RocksDB, nothing added to users' test classpaths), the in-memory structures already give the
 * ordering and index behaviour the service has, and the write path already hands every commit, in order,
 * to listeners. Appending one framed record per commit is the whole job of the disk.
 *
 * <p>Files in the directory: {@code log-N.ddb} (records framed as length, CRC32, payload) and
 * {@code snapshot-N.ddb} (the full state from which log N onwards is replayed). Compaction writes a new
 * snapshot and starts a new log so restarts stay quick; older files are deleted once the snapshot is safely
 * on disk.
 */
package io.ddbworkbench.engine.durable;
