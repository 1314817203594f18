package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;
import java.util.Map;

/**
 * A secondary index as requested: in CreateTable's LocalSecondaryIndexes or GlobalSecondaryIndexes, or in an
 * UpdateTable Create action. {@code throughput} is only ever read for global indexes.
 */
public record IndexSpec(String indexName, List<KeyElementSpec> keySchema, ProjectionSpec projection,
                        ThroughputSpec throughput) {

    static List<IndexSpec> listFrom(JsonObject request, String member, boolean global) {
        return SpecLists.structures(request, member, json -> from(json, global));
    }

    static IndexSpec from(JsonObject json, boolean global) {
        return new IndexSpec(JsonFields.string(json, "IndexName"),
                KeyElementSpec.listFrom(json, "KeySchema"),
                ProjectionSpec.from(json, "Projection"),
                global ? ThroughputSpec.from(json, "ProvisionedThroughput") : null);
    }

    static void checkShape(Constraints check, String path, IndexSpec index) {
        check.newResourceName(path + ".indexName", index.indexName);
        KeyElementSpec.checkShape(check, path + ".keySchema", index.keySchema);
        ProjectionSpec.checkShape(check, path + ".projection", index.projection);
        ThroughputSpec.checkShape(check, path + ".provisionedThroughput", index.throughput);
    }

    /** The checks every index shares: its key attributes defined and ordered, its projection consistent. */
    void checkKeysAndProjection(Map<String, AttributeType> definitions) {
        KeyElementSpec.checkDefinedAndOrdered(keySchema, definitions);
        projection.checkConsistent();
    }
}
