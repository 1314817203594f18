package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.List;

/**
 * The table a tagging request addresses through its ResourceArn. The tagging service learns about a table
 * only once it exists and forgets it as soon as deletion starts, so a CREATING table is "not found" while a
 * DELETING one is "in use" for changes.
 */
public final class TaggedResource {
    private TaggedResource() {
    }

    /** The ResourceArn member, which every tagging action needs before anything else is looked at. */
    public static String resourceArn(JsonObject request) {
        String arn = JsonFields.string(request, "ResourceArn");
        if (arn == null || arn.isEmpty()) {
            throw ApiException.validation("Invalid TableArn");
        }
        return arn;
    }

    /** The table whose tags are read. */
    public static Table forReading(EngineContext context, String arn) {
        Table table = context.catalog().find(ResourceArns.tableNameForTagging(arn, context.options()));
        if (table == null || table.definition().status() == TableStatus.CREATING) {
            throw notFound(arn);
        }
        return table;
    }

    /**
     * The table a TagResource or UntagResource request changes, after the checks the service makes first, in
     * its order: the model's constraints on the request's list, the ARN, then the list not being empty.
     */
    public static Table forChanging(EngineContext context, String arn, Constraints shape, List<?> changes,
                                    String noChangesMessage) {
        shape.throwIfAny();
        String tableName = ResourceArns.tableNameForTagging(arn, context.options());
        if (changes.isEmpty()) {
            throw ApiException.validation(noChangesMessage);
        }
        Table table = context.catalog().find(tableName);
        if (table == null || table.definition().status() == TableStatus.CREATING) {
            throw notFound(arn);
        }
        if (table.definition().status() == TableStatus.DELETING) {
            throw ApiException.resourceInUse(
                    "Attempt to change a resource which is still in use: Table is being deleted: " + tableName);
        }
        return table;
    }

    private static ApiException notFound(String arn) {
        return ApiException.resourceNotFound("Requested resource not found: ResourceArn: " + arn + " not found");
    }
}
