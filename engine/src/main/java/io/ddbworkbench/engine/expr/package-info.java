/**
 * DynamoDB's expression language: condition, filter, key condition, projection and update expressions.
 *
 * <p>One hand-written recursive-descent parser reads all five kinds into a small immutable tree
 * ({@link io.ddbworkbench.engine.expr.Condition}, {@link io.ddbworkbench.engine.expr.Operand},
 * {@link io.ddbworkbench.engine.expr.UpdateAction}). It is written by hand rather than generated because
 * learners read its errors: the service reports a syntax error as the offending token and the text around
 * it ({@code Syntax error; token: "x", near: "a x b"}), and reports everything else in a fixed order
 * (reserved words, then function names, then undefined placeholders, ...). A hand-written parser keeps every
 * token's position and runs those checks in exactly the service's order; it also adds no generated code and
 * no runtime dependency to a user's test classpath.
 *
 * <p>Parsing ({@link io.ddbworkbench.engine.expr.ExpressionParser}) only checks syntax; the semantic checks
 * live in {@link io.ddbworkbench.engine.expr.ExpressionChecker}. The public entry points are
 * {@link io.ddbworkbench.engine.expr.ConditionExpression}, {@link io.ddbworkbench.engine.expr.UpdateExpression},
 * {@link io.ddbworkbench.engine.expr.ProjectionExpression} and
 * {@link io.ddbworkbench.engine.expr.KeyConditionExpression}, each bound to the request's
 * {@link io.ddbworkbench.engine.expr.ExpressionAttributes}.
 *
 * <p>Where sources disagree, the choices are: messages use their long-standing bare form (some regions now
 * wrap a few of them in "1 validation error detected: "); {@code size()} of a string counts its UTF-8 bytes, as
 * the service sizes strings everywhere else; a KeyConditionExpression accepts doubled parentheses, which the
 * service refuses in the other kinds.
 */
package io.ddbworkbench.engine.expr;
