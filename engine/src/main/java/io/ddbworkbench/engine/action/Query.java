package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.read.QueryKeys;
import io.ddbworkbench.engine.read.RangeReadRequest;
import io.ddbworkbench.engine.read.ReadOperation;
import io.ddbworkbench.engine.read.ReadTarget;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.validation.Constraints;

/**
 * Query: the items of one partition (of the table or of an index), optionally narrowed to a range of sort
 * keys, in sort key order either way, a page at a time.
 */
public final class Query implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        RangeReadRequest read = RangeReadRequest.read(request, ReadOperation.QUERY);
        JsonObject keyConditionsJson = JsonFields.map(request, "KeyConditions");
        Boolean scanIndexForward = JsonFields.bool(request, "ScanIndexForward");
        Constraints check = read.constraints();
        RangeReadRequest.constrainComparisons(check, "keyConditions", keyConditionsJson);
        check.throwIfAny();
        read.checkParameters();
        QueryKeys keys = QueryKeys.read(request, keyConditionsJson);
        read.parseExpressions(keys::parseExpression);
        read.checkSelect();

        ReadTarget target = read.target(context);
        return keys.readPage(read, target, !Boolean.FALSE.equals(scanIndexForward));
    }
}
