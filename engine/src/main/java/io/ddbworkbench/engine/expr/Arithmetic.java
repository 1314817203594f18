package io.ddbworkbench.engine.expr;

import java.util.List;

/** {@code a + b} or {@code a - b}, allowed only as the value of a SET action. */
public record Arithmetic(Token operator, Operand left, Operand right) implements Operand {

    public boolean isAddition() {
        return operator.is(Token.Type.PLUS);
    }

    @Override
    public List<Operand> children() {
        return List.of(left, right);
    }
}
