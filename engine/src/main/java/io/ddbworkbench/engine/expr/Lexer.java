package io.ddbworkbench.engine.expr;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an expression into tokens. Names start with a letter and go on with letters, digits and '_';
 * placeholders are '#' or ':' followed by at least one of those; list indexes are unsigned integers (a
 * leading "0" is a token on its own, as in the service). Keywords are case-insensitive and depend on the
 * kind: a projection has none, so "and" is a plain (reserved) attribute name there.
 */
final class Lexer {
    private static final Set<Token.Type> CONDITION_KEYWORDS =
            EnumSet.of(Token.Type.AND, Token.Type.OR, Token.Type.NOT, Token.Type.BETWEEN, Token.Type.IN);
    private static final Set<Token.Type> UPDATE_KEYWORDS =
            EnumSet.of(Token.Type.SET, Token.Type.REMOVE, Token.Type.ADD, Token.Type.DELETE);

    private Lexer() {
    }

    static List<Token> tokenize(String text, ExpressionKind kind) {
        Set<Token.Type> keywords = kind.isCondition() ? CONDITION_KEYWORDS
                : kind == ExpressionKind.UPDATE ? UPDATE_KEYWORDS : EnumSet.noneOf(Token.Type.class);
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            Token.Type type;
            if (isLetter(c)) {
                i = wordEnd(text, i + 1);
                type = keyword(text.substring(start, i), keywords);
            } else if (c == '#' || c == ':') {
                i = wordEnd(text, i + 1);
                type = i == start + 1 ? Token.Type.UNKNOWN
                        : c == '#' ? Token.Type.NAME_PLACEHOLDER : Token.Type.VALUE_PLACEHOLDER;
            } else if (c >= '0' && c <= '9') {
                i++;
                if (c != '0') {
                    while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                        i++;
                    }
                }
                type = Token.Type.NUMBER;
            } else if (c == '<' && i + 1 < length && text.charAt(i + 1) == '>') {
                i += 2;
                type = Token.Type.NE;
            } else if (c == '<' && i + 1 < length && text.charAt(i + 1) == '=') {
                i += 2;
                type = Token.Type.LE;
            } else if (c == '>' && i + 1 < length && text.charAt(i + 1) == '=') {
                i += 2;
                type = Token.Type.GE;
            } else {
                type = punctuation(c);
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(new Token(type, text.substring(start, i), start, i));
        }
        tokens.add(new Token(Token.Type.END, Token.END_TEXT, length, length));
        return tokens;
    }

    private static Token.Type keyword(String word, Set<Token.Type> keywords) {
        String upper = word.toUpperCase(Locale.ROOT);
        for (Token.Type keyword : keywords) {
            if (keyword.name().equals(upper)) {
                return keyword;
            }
        }
        return Token.Type.IDENTIFIER;
    }

    private static Token.Type punctuation(char c) {
        switch (c) {
            case '=': return Token.Type.EQ;
            case '<': return Token.Type.LT;
            case '>': return Token.Type.GT;
            case '+': return Token.Type.PLUS;
            case '-': return Token.Type.MINUS;
            case '(': return Token.Type.LPAREN;
            case ')': return Token.Type.RPAREN;
            case '[': return Token.Type.LBRACKET;
            case ']': return Token.Type.RBRACKET;
            case '.': return Token.Type.DOT;
            case ',': return Token.Type.COMMA;
            default: return Token.Type.UNKNOWN;
        }
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isWordPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordPart(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
