package io.ddbworkbench.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test class an embedded engine that throttles provisioned tables as the service does: each provisioned
 * table and global index refills at its provisioned rate, keeps {@link #burstSeconds()} of unused capacity, and
 * refuses what it cannot serve with ProvisionedThroughputExceededException (the SDK retries, then throws).
 * Time is the class's {@link TestClock}: advance it to refill. On-demand tables are never throttled.
 *
 * <p>Other backends ignore the annotation (AWS throttles for real, DynamoDB Local never does), so a test that
 * needs a refusal to happen should be {@link EmbeddedOnly} or take a {@link TestClock}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SimulatedThroughput {
    /** Seconds of unused capacity a table or index saves up for bursts; the service keeps 300. */
    int burstSeconds() default 300;
}
