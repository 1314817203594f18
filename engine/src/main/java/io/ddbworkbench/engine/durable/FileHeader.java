package io.ddbworkbench.engine.durable;

/**
 * The first frame of every storage file: what it is, the format version, its generation, and the sequence
 * number of the last log record before it (so a missing or misplaced file cannot go unnoticed).
 *
 * <p>Versions: 1, the first; 2 adds completed ClientRequestTokens (a log record kind and a snapshot frame
 * kind, counted in the snapshot's end frame). Files of every version up to the current one are read; new
 * files are written in the current one. An engine that continues an older log appends records of the current
 * version to it, so an older engine reads such a log as damaged at the first of them: a data directory can be
 * moved to a newer engine, not back.
 */
record FileHeader(String kind, int version, long generation, long previousLsn) {
    static final String LOG = "ddb-workbench log";
    static final String SNAPSHOT = "ddb-workbench snapshot";
    static final int FORMAT_VERSION = 2;
    static final int FIRST_VERSION_WITH_TOKENS = 2;

    /** The header of a file written now. */
    static FileHeader current(String kind, long generation, long previousLsn) {
        return new FileHeader(kind, FORMAT_VERSION, generation, previousLsn);
    }

    ByteOutput encode() {
        ByteOutput out = new ByteOutput(64);
        out.writeString(kind);
        out.writeVarLong(version);
        out.writeVarLong(generation);
        out.writeLong(previousLsn);
        return out;
    }

    /** Reads a header and checks it is the one the file name promises, in a version this engine reads. */
    static FileHeader read(ByteInput in, String expectedKind, long expectedGeneration) {
        String kind = in.readString();
        if (!kind.equals(expectedKind)) {
            throw in.corrupt("expected a " + expectedKind + " file, found '" + kind + "'");
        }
        long version = in.readVarLong();
        if (version < 1 || version > FORMAT_VERSION) {
            throw in.corrupt("format version " + version + " is not one this engine reads (1 to " + FORMAT_VERSION
                    + ")");
        }
        long generation = in.readVarLong();
        if (generation != expectedGeneration) {
            throw in.corrupt("the file says it is generation " + generation + ", its name says "
                    + expectedGeneration);
        }
        FileHeader header = new FileHeader(kind, (int) version, generation, in.readLong());
        in.expectEnd();
        return header;
    }
}
