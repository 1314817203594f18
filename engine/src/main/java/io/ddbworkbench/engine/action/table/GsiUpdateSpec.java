package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/** One entry of UpdateTable's GlobalSecondaryIndexUpdates: an Update, a Create or a Delete action. */
public record GsiUpdateSpec(Update update, IndexSpec create, Delete delete) {

    /** Changes an index's provisioned throughput. */
    public record Update(String indexName, ThroughputSpec throughput) {
    }

    /** Removes an index. */
    public record Delete(String indexName) {
    }

    static List<GsiUpdateSpec> listFrom(JsonObject request) {
        return SpecLists.structures(request, "GlobalSecondaryIndexUpdates", json -> {
            JsonObject update = JsonFields.structure(json, "Update");
            JsonObject create = JsonFields.structure(json, "Create");
            JsonObject delete = JsonFields.structure(json, "Delete");
            return new GsiUpdateSpec(
                    update == null ? null : new Update(JsonFields.string(update, "IndexName"),
                            ThroughputSpec.from(update, "ProvisionedThroughput")),
                    create == null ? null : IndexSpec.from(create, true),
                    delete == null ? null : new Delete(JsonFields.string(delete, "IndexName")));
        });
    }

    static void checkShape(Constraints check, List<GsiUpdateSpec> updates) {
        SpecLists.checkEach(check, "globalSecondaryIndexUpdates", updates, (path, entry) -> {
            if (entry.update != null) {
                check.newResourceName(path + ".update.indexName", entry.update.indexName);
                ThroughputSpec.checkShape(check, path + ".update.provisionedThroughput", entry.update.throughput);
            }
            if (entry.create != null) {
                IndexSpec.checkShape(check, path + ".create", entry.create);
            }
            if (entry.delete != null) {
                check.newResourceName(path + ".delete.indexName", entry.delete.indexName);
            }
        });
    }

    int actionCount() {
        return (update == null ? 0 : 1) + (create == null ? 0 : 1) + (delete == null ? 0 : 1);
    }

    /** The index the entry acts on. */
    String indexName() {
        if (update != null) {
            return update.indexName;
        }
        return create != null ? create.indexName() : delete.indexName;
    }

    /** Whether the entry adds or drops an index, which the service runs as an online index build. */
    boolean createsOrDeletes() {
        return create != null || delete != null;
    }
}
