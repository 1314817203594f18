package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.validation.Constraints;

/** A ProvisionedThroughput member as requested (table or index); either unit may be missing. */
public record ThroughputSpec(Long read, Long write) {
    /** The service's ceiling on a requested capacity figure, above which it reports "out of bounds". */
    static final long MAX_UNITS = 1_000_000_000_000L;

    static ThroughputSpec from(JsonObject parent, String member) {
        JsonObject json = JsonFields.structure(parent, member);
        if (json == null) {
            return null;
        }
        return new ThroughputSpec(JsonFields.integer(json, "ReadCapacityUnits", "Long"),
                JsonFields.integer(json, "WriteCapacityUnits", "Long"));
    }

    /** Both units present and at least 1; the service lists the write figure first. */
    static void checkShape(Constraints check, String path, ThroughputSpec throughput) {
        if (throughput == null) {
            return;
        }
        check.notNull(path + ".writeCapacityUnits", throughput.write)
                .range(path + ".writeCapacityUnits", throughput.write, 1, Long.MAX_VALUE)
                .notNull(path + ".readCapacityUnits", throughput.read)
                .range(path + ".readCapacityUnits", throughput.read, 1, Long.MAX_VALUE);
    }

    /** The refusal of capacity figures for an on-demand table, the same for CreateTable and UpdateTable. */
    static ApiException notAllowedOnDemand() {
        return InvalidParameter.of("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when "
                + "BillingMode is PAY_PER_REQUEST");
    }

    /** Figures beyond what any account could be granted are refused before the table is even looked up. */
    void checkBounds() {
        if (read > MAX_UNITS) {
            throw ApiException.validation("Given value " + read + " for ReadCapacityUnits is out of bounds");
        }
        if (write > MAX_UNITS) {
            throw ApiException.validation("Given value " + write + " for WriteCapacityUnits is out of bounds");
        }
    }
}
