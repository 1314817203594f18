package io.ddbworkbench.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (or a whole class) that needs the embedded engine's knobs: its clock, fault injection, its
 * internals. On any other backend the testkit skips it and says why. Tests that take a {@code DynamoDbEngine}
 * or {@link TestClock} parameter are treated the same way without the annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface EmbeddedOnly {
}
