package io.ddbworkbench.toolkit.batch;

import io.ddbworkbench.toolkit.error.ErrorHints;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * The retry loop both batch directions share: send what is pending, keep what the service left unprocessed,
 * back off, send that again, and stop when nothing is left or the attempts run out. A call throttled as a
 * whole (after the SDK's own retries) counts as an attempt that processed nothing.
 */
final class Redrive {
    private Redrive() {
    }

    /** What was still pending when the loop stopped (empty when all went through), and the calls it took. */
    record Outcome<P>(P leftOver, int attempts) {
    }

    static <P> Outcome<P> run(P pending, UnaryOperator<P> sendReturningUnprocessed, Predicate<P> isEmpty,
                              Backoff backoff) {
        P remaining = pending;
        int attempts = 0;
        while (!isEmpty.test(remaining) && attempts < backoff.maxAttempts()) {
            if (attempts > 0) {
                backoff.pauseBefore(attempts);
            }
            attempts++;
            try {
                remaining = sendReturningUnprocessed.apply(remaining);
            } catch (SdkException e) {
                if (!isThrottling(e)) {
                    throw ErrorHints.explain(e);
                }
                // Throttled as a whole: everything stays pending and the next attempt waits longer.
            }
        }
        return new Outcome<>(remaining, attempts);
    }

    private static boolean isThrottling(SdkException e) {
        return e instanceof ProvisionedThroughputExceededException || e instanceof ThrottlingException
                || e instanceof RequestLimitExceededException;
    }
}
