package io.ddbworkbench.engine.durable;

/**
 * The first frame of every storage file: what it is, the format version, its generation, and the sequence
 * number of the last log record before it (so a missing or misplaced file cannot go unnoticed).
 */
record FileHeader(String kind, long generation, long previousLsn) {
    static final String LOG = "ddb-workbench log";
    static final String SNAPSHOT = "ddb-workbench snapshot";
    private static final int FORMAT_VERSION = 1;

    ByteOutput encode() {
        ByteOutput out = new ByteOutput(64);
        out.writeString(kind);
        out.writeVarLong(FORMAT_VERSION);
        out.writeVarLong(generation);
        out.writeLong(previousLsn);
        return out;
    }

    /** Reads a header and checks it is the one the file name promises. */
    static FileHeader read(ByteInput in, String expectedKind, long expectedGeneration) {
        String kind = in.readString();
        if (!kind.equals(expectedKind)) {
            throw in.corrupt("expected a " + expectedKind + " file, found '" + kind + "'");
        }
        long version = in.readVarLong();
        if (version != FORMAT_VERSION) {
            throw in.corrupt("format version " + version + " is not one this engine reads (" + FORMAT_VERSION + ")");
        }
        long generation = in.readVarLong();
        if (generation != expectedGeneration) {
            throw in.corrupt("the file says it is generation " + generation + ", its name says "
                    + expectedGeneration);
        }
        FileHeader header = new FileHeader(kind, generation, in.readLong());
        in.expectEnd();
        return header;
    }
}
