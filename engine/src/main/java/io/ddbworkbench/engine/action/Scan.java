package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.EngineContext;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.read.RangeReadRequest;
import io.ddbworkbench.engine.read.ReadOperation;
import io.ddbworkbench.engine.read.ReadTarget;
import io.ddbworkbench.engine.read.ScanSegment;
import io.ddbworkbench.engine.validation.Constraints;

/**
 * Scan: every item of a table or index, in storage order (by partition key hash, never by insertion), a page at
 * a time; optionally one segment of a parallel scan.
 */
public final class Scan implements Action {

    @Override
    public JsonObject handle(JsonObject request, EngineContext context) {
        RangeReadRequest read = RangeReadRequest.read(request, ReadOperation.SCAN);
        ScanSegment segment = ScanSegment.read(request);
        Constraints check = read.constraints();
        segment.constrain(check);
        check.throwIfAny();
        read.checkParameters();
        segment.checkCombination();
        read.parseExpressions(attributes -> { });
        read.checkSelect();

        ReadTarget target = read.target(context);
        return segment.readPage(read, target);
    }
}
