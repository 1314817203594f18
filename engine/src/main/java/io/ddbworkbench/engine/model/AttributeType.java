package io.ddbworkbench.engine.model;

/** The ten DynamoDB data types, by their wire names. */
public enum AttributeType {
    S, N, B, SS, NS, BS, M, L, NULL, BOOL;

    /** True for the three types a key attribute may have. */
    public boolean isScalarKeyType() {
        return this == S || this == N || this == B;
    }

    public boolean isSet() {
        return this == SS || this == NS || this == BS;
    }

    /** Parses a wire name, or returns null if it is not one. */
    public static AttributeType fromWireName(String name) {
        switch (name) {
            case "S": return S;
            case "N": return N;
            case "B": return B;
            case "SS": return SS;
            case "NS": return NS;
            case "BS": return BS;
            case "M": return M;
            case "L": return L;
            case "NULL": return NULL;
            case "BOOL": return BOOL;
            default: return null;
        }
    }
}
