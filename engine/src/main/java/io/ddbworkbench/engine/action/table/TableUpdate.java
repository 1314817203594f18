package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.error.ErrorCode;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.BillingMode;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.SseSettings;
import io.ddbworkbench.engine.table.StreamSettings;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an UpdateTable request does to one table: every check that needs the table as it stands, then the
 * table's next definition. Planning has no side effects, so a request that fails changes nothing; the caller
 * applies the plan (backfilling a new index first) while holding the table's lock.
 *
 * <p>Changes the service performs in the background put the table in UPDATING until the engine's
 * transient-status delay has passed: capacity and billing changes, stream changes, a new table class. An
 * index being created, deleted or resized is CREATING (backfilling), DELETING or UPDATING itself while the
 * table stays ACTIVE, as on the service once its short resource-allocation phase is over. Deletion
 * protection and encryption settings apply at once.
 */
public final class TableUpdate {
    private static final String IN_USE = "Attempt to change a resource which is still in use: ";
    private static final int FREE_DECREASES_PER_DAY = 4;
    private static final Duration DECREASE_INTERVAL = Duration.ofHours(1);

    private final UpdateTableSpec spec;
    private final TableDefinition current;
    private final EngineOptions options;
    private final Instant now;
    private final Instant readyAt;
    private final TableDefinition.Builder next;
    private final BillingMode targetMode;
    private boolean transition;
    private boolean reportUpdating;
    private boolean echoOldThroughput;
    private IndexDefinition createdIndex;

    private TableUpdate(UpdateTableSpec spec, TableDefinition current, EngineOptions options, Instant now,
                        Instant readyAt) {
        this.spec = spec;
        this.current = current;
        this.options = options;
        this.now = now;
        this.readyAt = readyAt;
        this.next = current.toBuilder();
        this.targetMode = spec.billingMode() == null ? current.billingMode() : BillingMode.valueOf(spec.billingMode());
    }

    /** Checks the request against the table and works out its next definition; throws the service's error. */
    public static TableUpdate plan(UpdateTableSpec spec, TableDefinition current, EngineOptions options,
                                   Instant now, Instant readyAt) {
        TableUpdate update = new TableUpdate(spec, current, options, now, readyAt);
        update.checkStatus();
        update.planCapacity();
        update.planIndexes();
        update.planStream();
        update.planEncryption();
        update.planTableClass();
        if (spec.deletionProtection() != null) {
            update.next.deletionProtection(spec.deletionProtection());
        }
        if (update.transition) {
            update.next.status(TableStatus.UPDATING).readyAt(readyAt);
        }
        return update;
    }

    /** The definition to store. */
    public TableDefinition next() {
        return next.build();
    }

    /** The global index this update creates (to be backfilled before the definition is stored), or null. */
    public IndexDefinition createdIndex() {
        return createdIndex;
    }

    /**
     * The definition the response describes: UPDATING whenever the service says so (it does even for a
     * re-sent billing mode or table class that changes nothing), and the old capacity figures while a
     * capacity change is still being applied.
     */
    public TableDefinition reported() {
        TableDefinition.Builder reported = next.build().toBuilder();
        if (transition || reportUpdating) {
            reported.status(TableStatus.UPDATING);
        }
        if (echoOldThroughput) {
            reported.throughput(current.throughput());
        }
        return reported.build();
    }

    private void checkStatus() {
        String name = current.name();
        switch (current.status()) {
            case CREATING:
                throw ApiException.resourceInUse(IN_USE + "Table is being created: " + name);
            case DELETING:
                throw ApiException.resourceInUse(IN_USE + "Table is being deleted: " + name);
            case UPDATING:
                if (spec.changesCapacity()) {
                    throw ApiException.resourceInUse(IN_USE + "Table IOPS are currently being updated. Table: " + name);
                }
                if (spec.deletionProtection() == null) {
                    throw ApiException.resourceInUse(IN_USE + "Table: " + name + " is in the process of being updated.");
                }
                return;
            default:
                // ACTIVE: any change may start.
        }
    }

    private void planCapacity() {
        if (spec.billingMode() == null && spec.throughput() != null && current.billingMode() == BillingMode.PAY_PER_REQUEST) {
            throw ThroughputSpec.notAllowedOnDemand();
        }
        if (targetMode == BillingMode.PROVISIONED && spec.billingMode() != null && spec.throughput() == null) {
            throw InvalidParameter.of("ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        }
        boolean switching = targetMode != current.billingMode();
        if (spec.billingMode() != null && !switching) {
            reportUpdating = true;
        }
        if (switching) {
            next.billingMode(targetMode);
            transition = true;
        }
        if (targetMode == BillingMode.PAY_PER_REQUEST && switching) {
            next.throughput(zeroed(current.throughput())).lastUpdateToPayPerRequest(now);
        }
        ThroughputSpec wanted = spec.throughput();
        if (wanted == null) {
            return;
        }
        ProvisionedThroughput had = current.throughput();
        if (switching) {
            next.throughput(new ProvisionedThroughput(wanted.read(), wanted.write(), had.lastIncrease(),
                    had.lastDecrease(), had.decreasesOn(now)));
            return;
        }
        if (had.sameUnitsAs(wanted.read(), wanted.write())) {
            throw ApiException.validation(unchanged("table", had, wanted));
        }
        if (had.isDecreaseTo(wanted.read(), wanted.write())) {
            checkDecreaseBudget(had);
        }
        next.throughput(had.changedTo(wanted.read(), wanted.write(), now));
        echoOldThroughput = true;
        transition = true;
    }

    private void planIndexes() {
        List<GsiUpdateSpec> updates = spec.indexUpdates() == null ? List.of() : spec.indexUpdates();
        checkOnlineIndexLimit(updates);
        Map<String, IndexDefinition> globals = new LinkedHashMap<>();
        for (IndexDefinition index : current.globalIndexes()) {
            boolean onDemandNow = targetMode == BillingMode.PAY_PER_REQUEST && current.billingMode() != targetMode;
            globals.put(index.name(), onDemandNow ? index.withThroughput(zeroed(index.throughput())) : index);
        }
        Map<String, AttributeType> definitions = new LinkedHashMap<>(current.attributeDefinitions());
        for (GsiUpdateSpec entry : updates) {
            if (entry.update() != null) {
                globals.put(entry.indexName(), updatedIndex(existingGlobal(entry.indexName(), "update"), entry.update()));
            } else if (entry.delete() != null) {
                IndexDefinition index = existingGlobal(entry.indexName(), "delete");
                globals.put(index.name(), index.withStatus(TableStatus.DELETING, readyAt));
                reportUpdating = true;
            } else {
                createdIndex = newIndex(entry.create(), definitions);
                globals.put(createdIndex.name(), createdIndex);
                reportUpdating = true;
            }
        }
        if (targetMode == BillingMode.PROVISIONED && current.billingMode() == BillingMode.PAY_PER_REQUEST) {
            requireThroughputForEveryIndex(globals.values());
        }
        next.globalIndexes(new ArrayList<>(globals.values()));
        next.attributeDefinitions(definitions);
    }

    private void checkOnlineIndexLimit(List<GsiUpdateSpec> updates) {
        long online = updates.stream().filter(GsiUpdateSpec::createsOrDeletes).count();
        boolean busy = current.globalIndexes().stream().anyMatch(index -> index.status() == TableStatus.CREATING
                || index.status() == TableStatus.DELETING);
        if (online > 1 || (online == 1 && busy)) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED,
                    "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
        }
    }

    private IndexDefinition existingGlobal(String name, String verb) {
        IndexDefinition index = current.index(name);
        if (index == null) {
            throw ApiException.resourceNotFound("Requested resource not found: Index " + name + " for table "
                    + current.name());
        }
        if (!index.global()) {
            throw ApiException.validation("Cannot " + verb + " an index that is not a GlobalSecondaryIndex: " + name);
        }
        return index;
    }

    private IndexDefinition updatedIndex(IndexDefinition index, GsiUpdateSpec.Update update) {
        ThroughputSpec wanted = update.throughput();
        if (targetMode == BillingMode.PAY_PER_REQUEST) {
            // an index already on demand hears which updates it takes, even when capacity was what was sent
            if (wanted != null && current.billingMode() != BillingMode.PAY_PER_REQUEST) {
                throw indexCapacityNotAllowed(index.name());
            }
            throw InvalidParameter.of("The only Updates for index: " + index.name()
                    + " when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput");
        }
        if (wanted == null) {
            throw indexCapacityRequired(index.name());
        }
        wanted.checkBounds();
        ProvisionedThroughput had = index.throughput();
        if (current.billingMode() == BillingMode.PAY_PER_REQUEST) {
            return index.withThroughput(new ProvisionedThroughput(wanted.read(), wanted.write(), had.lastIncrease(),
                    had.lastDecrease(), had.decreasesOn(now)));
        }
        if (had.sameUnitsAs(wanted.read(), wanted.write())) {
            throw ApiException.validation(unchanged("index " + index.name(), had, wanted));
        }
        if (had.isDecreaseTo(wanted.read(), wanted.write())) {
            checkDecreaseBudget(had);
        }
        return index.withThroughput(had.changedTo(wanted.read(), wanted.write(), now))
                .withStatus(TableStatus.UPDATING, readyAt);
    }

    private IndexDefinition newIndex(IndexSpec index, Map<String, AttributeType> definitions) {
        if (current.index(index.indexName()) != null) {
            throw ApiException.validation("Attempting to create an index which already exists");
        }
        if (spec.attributeDefinitions() == null) {
            throw InvalidParameter.of("AttributeDefinitions is not specified for index: " + index.indexName());
        }
        Map<String, AttributeType> requested = AttributeDefinitionSpec.toMap(spec.attributeDefinitions());
        index.checkKeysAndProjection(requested);
        if (targetMode == BillingMode.PROVISIONED && index.throughput() == null) {
            throw InvalidParameter.of("Both ReadCapacityUnits and WriteCapacityUnits must be specified for index: "
                    + index.indexName());
        }
        if (targetMode == BillingMode.PAY_PER_REQUEST && index.throughput() != null) {
            throw indexCapacityNotAllowed(index.indexName());
        }
        if (index.throughput() != null) {
            index.throughput().checkBounds();
        }
        if (current.globalIndexes().size() >= IndexLimits.MAX_GLOBAL_INDEXES) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "Subscriber limit exceeded: Number of global secondary "
                    + "indexes exceeds per-table limit of " + IndexLimits.MAX_GLOBAL_INDEXES);
        }
        int projected = index.projection().projectedAttributeCount();
        for (IndexDefinition existing : current.localIndexes()) {
            projected += existing.projection().nonKeyAttributes().size();
        }
        for (IndexDefinition existing : current.globalIndexes()) {
            projected += existing.projection().nonKeyAttributes().size();
        }
        IndexLimits.checkProjectedAttributes(projected);
        // An attribute the table already defines keeps its type: the service ignores a redeclaration.
        for (String attribute : KeyElementSpec.attributeNames(index.keySchema())) {
            definitions.putIfAbsent(attribute, requested.get(attribute));
        }
        KeySchema keys = KeyElementSpec.toKeySchema(index.keySchema(), definitions);
        ProvisionedThroughput capacity = index.throughput() == null ? ProvisionedThroughput.ON_DEMAND
                : ProvisionedThroughput.of(index.throughput().read(), index.throughput().write());
        return new IndexDefinition(index.indexName(), true, keys, index.projection().toProjection(), capacity,
                TableStatus.CREATING, readyAt, Arns.index(current.arn(), index.indexName()), true);
    }

    /** A table leaving on-demand needs capacity for each of its global indexes in the same request. */
    private static void requireThroughputForEveryIndex(Iterable<IndexDefinition> globals) {
        for (IndexDefinition index : globals) {
            if (index.status() != TableStatus.DELETING && index.throughput().readCapacityUnits() == 0) {
                throw indexCapacityRequired(index.name());
            }
        }
    }

    private void planStream() {
        StreamSpec stream = spec.stream();
        if (stream == null) {
            return;
        }
        StreamSettings had = current.stream();
        if (stream.enabled() && had.enabled()) {
            throw ApiException.validation("Table already has an enabled stream: TableName: " + current.name());
        }
        if (!stream.enabled() && !had.enabled()) {
            throw ApiException.validation("Table has no stream to disable: TableName: " + current.name());
        }
        next.stream(stream.enabled() ? stream.start(current.arn(), now, had)
                : new StreamSettings(false, null, had.latestArn(), had.latestLabel()));
        transition = true;
    }

    private void planEncryption() {
        if (spec.sse() == null) {
            return;
        }
        SseSettings wanted = spec.sse().toSettings(options);
        if (wanted == null && current.sse() == null) {
            throw InvalidParameter.of("Table is already encrypted by default");
        }
        if (wanted != null && wanted.equals(current.sse())) {
            throw InvalidParameter.of("Table is already encrypted with given KMSMasterKeyId. Use KMSMasterKeyId "
                    + "parameter if you want to change Master Key");
        }
        next.sse(wanted);
    }

    private void planTableClass() {
        String wanted = spec.tableClass();
        if (wanted == null) {
            return;
        }
        if (wanted.equals(current.tableClass())) {
            reportUpdating = true;
            return;
        }
        next.tableClass(wanted).tableClassChangedAt(now);
        transition = true;
    }

    /**
     * Four decreases a UTC day are free; after that one more may follow each hour after the last. The service
     * answers with LimitExceededException rather than a validation error, since waiting fixes it.
     */
    private void checkDecreaseBudget(ProvisionedThroughput had) {
        int today = had.decreasesOn(now);
        if (today < FREE_DECREASES_PER_DAY) {
            return;
        }
        Instant nextAllowed = had.lastDecrease().plus(DECREASE_INTERVAL);
        if (now.isBefore(nextAllowed)) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "Subscriber limit exceeded: Provisioned throughput "
                    + "decreases are limited within a given UTC day. After the first 4 decreases, each subsequent "
                    + "decrease in the same UTC day can be performed at most once every 3600 seconds. Number of "
                    + "decreases today: " + today + ". Last decrease at " + had.lastDecrease()
                    + ". Next decrease can be made at " + nextAllowed);
        }
    }

    private static String unchanged(String subject, ProvisionedThroughput had, ThroughputSpec wanted) {
        String holder = subject.equals("table") ? "table" : "index";
        return "The provisioned throughput for the " + subject + " will not change. The requested value equals the "
                + "current value. Current ReadCapacityUnits provisioned for the " + holder + ": "
                + had.readCapacityUnits() + ". Requested ReadCapacityUnits: " + wanted.read() + ". Current "
                + "WriteCapacityUnits provisioned for the " + holder + ": " + had.writeCapacityUnits()
                + ". Requested WriteCapacityUnits: " + wanted.write() + ". Refer to the Amazon DynamoDB Developer "
                + "Guide for current limits and how to request higher limits.";
    }

    private static ApiException indexCapacityRequired(String indexName) {
        return InvalidParameter.of("ProvisionedThroughput must be specified for index: " + indexName);
    }

    private static ApiException indexCapacityNotAllowed(String indexName) {
        return InvalidParameter.of("Neither ReadCapacityUnits nor WriteCapacityUnits can be specified for index: "
                + indexName + " when BillingMode is PAY_PER_REQUEST");
    }

    /** On-demand capacity reads as zero units; the change history is kept for when it switches back. */
    private ProvisionedThroughput zeroed(ProvisionedThroughput had) {
        return new ProvisionedThroughput(0, 0, had.lastIncrease(), had.lastDecrease(), had.decreasesOn(now));
    }
}
