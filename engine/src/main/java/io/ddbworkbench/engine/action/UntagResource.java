package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.SpecLists;
import io.ddbworkbench.engine.action.table.TaggedResource;
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
        Constraints shape = Constraints.check().notNull("tagKeys", keys);
        SpecLists.checkEach(shape, "tagKeys", keys, (path, key) -> shape.length(path, key, 1, 128));
        Table table = TaggedResource.forChanging(context, arn, shape, keys,
                "Atleast one Tag Key needs to be provided as Input.");
        table.updateDefinition(current -> {
            Map<String, String> remaining = new LinkedHashMap<>(current.tags());
            keys.forEach(remaining::remove);
            return current.toBuilder().tags(remaining).build();
        });
        return new JsonObject();
    }
}
