package io.ddbworkbench.engine.expr;

/**
 * One action of an update expression: {@code SET path = value}, {@code REMOVE path}, {@code ADD path :v} or
 * {@code DELETE path :v}. {@code value} is null for REMOVE.
 */
public record UpdateAction(Clause clause, PathOperand path, Operand value) {

    /** The four clauses, each allowed once per expression. */
    public enum Clause { SET, REMOVE, ADD, DELETE }
}
