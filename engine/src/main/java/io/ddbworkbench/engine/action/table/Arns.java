package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.EngineOptions;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The ARNs the engine hands out for tables, indexes, streams and KMS keys, in the service's formats. */
public final class Arns {
    private Arns() {
    }

    public static String table(EngineOptions options, String tableName) {
        return "arn:aws:dynamodb:" + options.region() + ":" + options.accountId() + ":table/" + tableName;
    }

    public static String index(String tableArn, String indexName) {
        return tableArn + "/index/" + indexName;
    }

    public static String stream(String tableArn, String label) {
        return tableArn + "/stream/" + label;
    }

    /** A KMS key ARN for a key id; ids that are already ARNs (or aliases given as ARNs) pass through. */
    public static String kmsKey(EngineOptions options, String keyId) {
        if (keyId.startsWith("arn:")) {
            return keyId;
        }
        return "arn:aws:kms:" + options.region() + ":" + options.accountId() + ":key/" + keyId;
    }

    /**
     * The account's AWS-managed {@code aws/dynamodb} key: one per account and region, so every table that
     * asks for KMS encryption without naming a key reports the same ARN, as on the service.
     */
    public static String managedKmsKey(EngineOptions options) {
        byte[] seed = ("aws/dynamodb:" + options.region() + ":" + options.accountId())
                .getBytes(StandardCharsets.UTF_8);
        return kmsKey(options, UUID.nameUUIDFromBytes(seed).toString());
    }
}
