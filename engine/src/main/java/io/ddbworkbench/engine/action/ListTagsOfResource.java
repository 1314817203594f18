package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.action.table.TaggedResource;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Table;
import java.util.Map;

/**
 * ListTagsOfResource. A table holds at most 50 tags, so every answer fits one page: NextToken is accepted
 * and never returned, which is how the service behaves too.
 */
public final class ListTagsOfResource implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        String arn = TaggedResource.resourceArn(request);
        JsonFields.string(request, "NextToken");
        Table table = TaggedResource.forReading(context, arn);
        JsonArray tags = new JsonArray();
        for (Map.Entry<String, String> tag : table.definition().tags().entrySet()) {
            tags.add(new JsonObject().put("Key", tag.getKey()).put("Value", tag.getValue()));
        }
        return new JsonObject().put("Tags", tags);
    }
}
