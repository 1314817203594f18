package io.ddbworkbench.labs.batches;

import java.util.List;

/**
 * A bulk read or write gave up: DynamoDB kept leaving part of a batch unprocessed through every attempt. It
 * lists every SKU that was not done, so the caller can retry later or report them; nothing is dropped silently.
 */
public final class IncompleteBatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> skusNotDone;

    public IncompleteBatchException(List<String> skusNotDone, int attempts) {
        super(skusNotDone.size() + " products not done after " + attempts + " attempts of one batch: "
                + (skusNotDone.size() <= 10 ? skusNotDone : skusNotDone.subList(0, 10) + " and more"));
        this.skusNotDone = List.copyOf(skusNotDone);
    }

    /** The SKUs left unprocessed by the batch that gave up, and those of the batches never sent after it. */
    public List<String> skusNotDone() {
        return skusNotDone;
    }
}
