package io.ddbworkbench.engine.expr;

/**
 * One lexical token with its place in the source text, so errors can quote the text around it.
 *
 * @param start offset of the first character; {@code end} is one past the last
 */
public record Token(Type type, String text, int start, int end) {

    /** What a token is. Keywords exist only where the expression kind has them. */
    public enum Type {
        IDENTIFIER, NAME_PLACEHOLDER, VALUE_PLACEHOLDER, NUMBER,
        AND, OR, NOT, BETWEEN, IN, SET, REMOVE, ADD, DELETE,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS, LPAREN, RPAREN, LBRACKET, RBRACKET, DOT, COMMA,
        /** A character the language does not accept. */
        UNKNOWN,
        END
    }

    /** How the service shows the end of the input in a syntax error. */
    public static final String END_TEXT = "<EOF>";

    public boolean is(Type expected) {
        return type == expected;
    }
}
