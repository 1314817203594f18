package io.ddbworkbench.engine.expr;

import java.util.List;

/** Something that stands for a value in an expression: a document path, a :value, a function or an arithmetic. */
public sealed interface Operand permits PathOperand, ValueOperand, FunctionCall, Arithmetic {

    /** The operands inside this one: a function's arguments, both sides of an arithmetic; none otherwise. */
    default List<Operand> children() {
        return List.of();
    }
}
