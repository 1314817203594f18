package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.EngineOptions;
import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.validation.Constraints;

/** The TableName member of the control-plane actions, with the service's wording for each problem. */
public final class TableNameParameter {
    private TableNameParameter() {
    }

    /** The name, which the control-plane actions require before any other check. */
    public static String required(JsonObject request) {
        String name = JsonFields.string(request, "TableName");
        if (name == null) {
            throw ApiException.validation("The parameter 'TableName' is required but was not present in the request");
        }
        return name;
    }

    /**
     * The table named by DescribeTable or DeleteTable, which accept a table's ARN as well as its name. A name
     * of the wrong length gets the operation's own message, one outside the pattern the usual constraint one.
     */
    public static String forLookup(JsonObject request, EngineOptions options) {
        String name = required(request);
        String fromArn = ResourceArns.tableNameOrNull(name, options);
        if (fromArn != null) {
            return fromArn;
        }
        if (name.length() < 3 || name.length() > 255) {
            throw ApiException.validation("TableName must be at least 3 characters long and at most 255 characters long");
        }
        Constraints.check().tableName("tableName", name).throwIfAny();
        return name;
    }
}
