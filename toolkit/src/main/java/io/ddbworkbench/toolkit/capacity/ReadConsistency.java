package io.ddbworkbench.toolkit.capacity;

/** How a read is served, which sets its price per 4 KB. */
public enum ReadConsistency {
    /** The default: may miss a write from the last second or so; half a unit per 4 KB. */
    EVENTUAL(0.5),
    /** Sees every acknowledged write; one unit per 4 KB. */
    STRONG(1.0),
    /** Part of TransactGetItems; two units per 4 KB. */
    TRANSACTIONAL(2.0);

    private final double unitsPerBlock;

    ReadConsistency(double unitsPerBlock) {
        this.unitsPerBlock = unitsPerBlock;
    }

    double unitsPerBlock() {
        return unitsPerBlock;
    }
}
