package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.ResourceArns;
import io.ddbworkbench.engine.action.table.SpecLists;
import io.ddbworkbench.engine.action.table.TaggedResource;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** UntagResource: removes tags by key; keys the table does not carry are ignored. */
public final class UntagResource implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String arn = TaggedResource.resourceArn(request);
        List<String> keys = SpecLists.strings(request, "TagKeys");
        Constraints check = Constraints.check().notNull("tagKeys", keys);
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                String path = SpecLists.element("tagKeys", i);
                check.notNull(path, keys.get(i)).length(path, keys.get(i), 1, 128);
            }
        }
        check.throwIfAny();
        String tableName = ResourceArns.tableNameForTagging(arn, context.options());
        if (keys.isEmpty()) {
            throw ApiException.validation("Atleast one Tag Key needs to be provided as Input.");
        }
        Table table = TaggedResource.forChanging(context, arn, tableName);
        table.updateDefinition(current -> {
            Map<String, String> remaining = new LinkedHashMap<>(current.tags());
            keys.forEach(remaining::remove);
            return current.toBuilder().tags(remaining).build();
        });
        return new JsonObject();
    }
}
