package io.ddbworkbench.engine.expr;

import java.util.List;

/** A function applied to operands: attribute_exists(a), size(a), if_not_exists(a, :v), ... */
public record FunctionCall(Token nameToken, List<Operand> arguments) implements Operand {

    public FunctionCall {
        arguments = List.copyOf(arguments);
    }

    public String name() {
        return nameToken.text();
    }

    @Override
    public List<Operand> children() {
        return arguments;
    }
}
