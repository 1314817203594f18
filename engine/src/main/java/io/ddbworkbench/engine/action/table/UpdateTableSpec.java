package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An UpdateTable request, read whole, with the checks that need no table: the model's constraints, then the
 * operation's rules about which members may be sent together. AttributeDefinitions on its own changes
 * nothing: it only supplies the key types of an index being created.
 */
public record UpdateTableSpec(String tableName, List<AttributeDefinitionSpec> attributeDefinitions,
                              String billingMode, ThroughputSpec throughput, List<GsiUpdateSpec> indexUpdates,
                              StreamSpec stream, SseSpec sse, String tableClass, Boolean deletionProtection) {
    private static final List<String> BILLING_MODES = List.of("PROVISIONED", "PAY_PER_REQUEST");
    private static final String NOTHING_TO_UPDATE = "At least one of ProvisionedThroughput, BillingMode, "
            + "UpdateStreamEnabled, GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, "
            + "MultiAccountReplicaReady, ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, "
            + "OnDemandThroughput, WarmThroughput or TableClass is required";

    /** Reads the request; a table ARN in TableName names the table as its name would. */
    public static UpdateTableSpec from(JsonObject request, EngineOptions options) {
        String given = TableNameParameter.required(request);
        String fromArn = ResourceArns.tableNameOrNull(given, options);
        return new UpdateTableSpec(
                fromArn == null ? given : fromArn,
                AttributeDefinitionSpec.listFrom(request, "AttributeDefinitions"),
                JsonFields.string(request, "BillingMode"),
                ThroughputSpec.from(request, "ProvisionedThroughput"),
                GsiUpdateSpec.listFrom(request),
                StreamSpec.from(request),
                SseSpec.from(request),
                JsonFields.string(request, "TableClass"),
                JsonFields.bool(request, "DeletionProtectionEnabled"));
    }

    /** The model's constraints, all reported together. */
    public void checkShape() {
        Constraints check = Constraints.check().newResourceName("tableName", tableName)
                .oneOf("billingMode", billingMode, BILLING_MODES);
        ThroughputSpec.checkShape(check, "provisionedThroughput", throughput);
        AttributeDefinitionSpec.checkShape(check, "attributeDefinitions", attributeDefinitions);
        GsiUpdateSpec.checkShape(check, indexUpdates);
        StreamSpec.checkShape(check, stream);
        SseSpec.checkShape(check, sse);
        check.throwIfAny();
    }

    /** The rules the service applies before it looks the table up. */
    public void checkRequest(EngineOptions options) {
        TableClasses.check(tableClass);
        if ("PAY_PER_REQUEST".equals(billingMode) && throughput != null) {
            throw ThroughputSpec.notAllowedOnDemand();
        }
        if (throughput != null) {
            throughput.checkBounds();
        }
        if (!changesAnything()) {
            throw ApiException.validation(NOTHING_TO_UPDATE);
        }
        checkIndexUpdateEntries();
        checkSoleOperation(sse != null, "Server-Side Encryption modification");
        checkSoleOperation(tableClass != null, "TableClass modification");
        checkSoleOperation(deletionProtection != null, "DeletionProtection modification");
        boolean changesIndexes = indexUpdates != null && indexUpdates.stream().anyMatch(GsiUpdateSpec::createsOrDeletes);
        if (stream != null && throughput != null) {
            throw InvalidParameter.of("You cannot modify stream status while updating table IOPS");
        }
        if (changesIndexes && throughput != null) {
            throw InvalidParameter.of("You cannot create or delete index while updating table IOPS");
        }
        if (changesIndexes && stream != null) {
            throw InvalidParameter.of("You cannot create or delete index while changing stream status");
        }
        if (stream != null) {
            stream.checkForUpdate();
        }
        if (sse != null) {
            sse.toSettings(options);
        }
    }

    /** Whether the request changes the table's capacity settings (billing mode or provisioned units). */
    boolean changesCapacity() {
        return billingMode != null || throughput != null;
    }

    private boolean changesAnything() {
        return billingMode != null || throughput != null || (indexUpdates != null && !indexUpdates.isEmpty())
                || stream != null || sse != null || tableClass != null || deletionProtection != null;
    }

    private void checkIndexUpdateEntries() {
        if (indexUpdates == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (GsiUpdateSpec entry : indexUpdates) {
            if (entry.actionCount() == 0) {
                throw InvalidParameter.of("One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, "
                        + "GlobalSecondaryIndexUpdate.Delete must not be null");
            }
            if (entry.actionCount() > 1) {
                throw InvalidParameter.of(
                        "Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object");
            }
            if (!names.add(entry.indexName())) {
                throw InvalidParameter.of("Only one global secondary index update per index is allowed "
                        + "simultaneously. Index: " + entry.indexName());
            }
        }
    }

    /** Some changes must travel alone; the table's key types sent alongside do not count. */
    private void checkSoleOperation(boolean present, String what) {
        int others = (billingMode != null ? 1 : 0) + (throughput != null ? 1 : 0)
                + (indexUpdates != null && !indexUpdates.isEmpty() ? 1 : 0) + (stream != null ? 1 : 0)
                + (sse != null ? 1 : 0) + (tableClass != null ? 1 : 0) + (deletionProtection != null ? 1 : 0);
        if (present && others > 1) {
            throw InvalidParameter.of(what + " must be the only operation in the request");
        }
    }
}
