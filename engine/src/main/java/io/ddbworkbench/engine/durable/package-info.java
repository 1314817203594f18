/**
 * The durable mode ({@code -dbPath}): the tables stay in memory, where every request is served, and a
 * write-ahead log on disk records each committed change before the write is acknowledged, so restarting on
 * the same directory brings everything back.
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
