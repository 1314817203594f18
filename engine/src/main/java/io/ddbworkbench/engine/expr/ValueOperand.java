package io.ddbworkbench.engine.expr;

/** A :placeholder standing for one of the request's ExpressionAttributeValues. */
public record ValueOperand(Token token) implements Operand {

    public String placeholder() {
        return token.text();
    }
}
