package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.SseSettings;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/** An SSESpecification as requested: encryption with the default AWS-owned key, or with a KMS key. */
public record SseSpec(Boolean enabled, String sseType, String kmsMasterKeyId) {
    private static final List<String> TYPES = List.of("AES256", "KMS");

    static SseSpec from(JsonObject request) {
        JsonObject json = JsonFields.structure(request, "SSESpecification");
        if (json == null) {
            return null;
        }
        return new SseSpec(JsonFields.bool(json, "Enabled"), JsonFields.string(json, "SSEType"),
                JsonFields.string(json, "KMSMasterKeyId"));
    }

    /** The service derives the path from the member name by lowering its first letter, hence "sSE". */
    static void checkShape(Constraints check, SseSpec sse) {
        if (sse != null) {
            check.oneOf("sSESpecification.sSEType", sse.sseType, TYPES);
        }
    }

    boolean enablesKms() {
        return Boolean.TRUE.equals(enabled);
    }

    /** The key settings asked for, or null for the AWS-owned key; inconsistent combinations are refused. */
    SseSettings toSettings(EngineOptions options) {
        if (!enablesKms()) {
            if (sseType != null) {
                throw InvalidParameter.of("SSEType can not be specified if Enabled is false");
            }
            if (kmsMasterKeyId != null) {
                throw InvalidParameter.of("KMSMasterKeyId can not be specified if Enabled is false");
            }
            return null;
        }
        if ("AES256".equals(sseType)) {
            throw InvalidParameter.of("SSEType AES256 is not supported");
        }
        if (kmsMasterKeyId == null) {
            return new SseSettings("KMS", Arns.managedKmsKey(options));
        }
        if (!"KMS".equals(sseType)) {
            throw InvalidParameter.of("SSEType KMS is required if KMSMasterKeyId is specified");
        }
        return new SseSettings("KMS", Arns.kmsKey(options, kmsMasterKeyId));
    }
}
