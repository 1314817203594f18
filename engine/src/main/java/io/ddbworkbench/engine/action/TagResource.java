package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.TagSpec;
import io.ddbworkbench.engine.action.table.TaggedResource;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/** TagResource: adds tags to a table (a key already present takes the new value), at most 50 in all. */
public final class TagResource implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String arn = TaggedResource.resourceArn(request);
        List<TagSpec> tags = TagSpec.listFrom(request, "Tags");
        Constraints shape = Constraints.check().notNull("tags", tags);
        TagSpec.checkShape(shape, "tags", tags);
        Table table = TaggedResource.forChanging(context, arn, shape, tags,
                "Atleast one Tag needs to be provided as Input.");
        table.updateDefinition(current -> current.toBuilder().tags(TagSpec.merge(current.tags(), tags)).build());
        return new JsonObject();
    }
}
