package io.ddbworkbench.engine.expr;

import io.ddbworkbench.engine.model.Utf8;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * The one grammar for all five expression kinds, read by recursive descent. It checks syntax only, and
 * reports the first problem the way the service does: the token where reading stopped and the text from the
 * token before it to the token after it. Where a '(' could open either a condition or an operand, both
 * readings are tried and the one that got further decides the error, as the service's parser does.
 */
final class ExpressionParser {
    /** The service refuses expressions longer than this many UTF-8 bytes. */
    static final int MAX_EXPRESSION_BYTES = 4096;
    /**
     * How deeply parentheses and NOTs may nest. The service states no figure; this bound keeps the recursion
     * far from the thread's stack limit for any expression within {@link #MAX_EXPRESSION_BYTES}.
     */
    static final int MAX_NESTING = 128;

    private final String text;
    private final ExpressionKind kind;
    private final List<Token> tokens;
    private final Set<Object> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());
    private int position;
    private int nesting;

    private ExpressionParser(String text, ExpressionKind kind) {
        this.text = text;
        this.kind = kind;
        this.tokens = Lexer.tokenize(text, kind);
    }

    static Condition parseCondition(String text, ExpressionKind kind) {
        ExpressionParser parser = start(text, kind);
        return parser.complete(parser::condition);
    }

    static List<UpdateClause> parseUpdate(String text) {
        ExpressionParser parser = start(text, ExpressionKind.UPDATE);
        return parser.complete(parser::update);
    }

    static List<PathOperand> parseProjection(String text) {
        ExpressionParser parser = start(text, ExpressionKind.PROJECTION);
        return parser.complete(parser::projection);
    }

    private static ExpressionParser start(String text, ExpressionKind kind) {
        if (text.isEmpty()) {
            throw kind.invalid("The expression can not be empty;");
        }
        int bytes = Utf8.length(text);
        if (bytes > MAX_EXPRESSION_BYTES) {
            throw kind.invalid("Expression size has exceeded the maximum allowed size; expression size: " + bytes);
        }
        return new ExpressionParser(text, kind);
    }

    private <T> T complete(Supplier<T> rule) {
        try {
            T result = rule.get();
            expect(Token.Type.END);
            return result;
        } catch (SyntaxError e) {
            throw kind.invalid(describe(e.tokenIndex));
        }
    }

    private String describe(int index) {
        Token token = tokens.get(index);
        int from = index > 0 ? tokens.get(index - 1).start() : 0;
        int to = index + 1 < tokens.size() ? tokens.get(index + 1).end() : token.end();
        return "Syntax error; token: \"" + token.text() + "\", near: \"" + text.substring(from, to) + "\"";
    }

    // ---- conditions ----

    private Condition condition() {
        return joined(Token.Type.OR, this::andCondition, Condition.Or::new);
    }

    private Condition andCondition() {
        return joined(Token.Type.AND, this::notCondition, Condition.And::new);
    }

    /** Operands separated by a keyword, grouped from the left: {@code a OR b OR c} is {@code (a OR b) OR c}. */
    private Condition joined(Token.Type keyword, Supplier<Condition> operand, BinaryOperator<Condition> join) {
        Condition left = operand.get();
        while (at(keyword)) {
            next();
            left = join.apply(left, operand.get());
        }
        return left;
    }

    private Condition notCondition() {
        if (!at(Token.Type.NOT)) {
            return primaryCondition();
        }
        enterNesting();
        next();
        Condition operand = notCondition();
        nesting--;
        return new Condition.Not(operand);
    }

    private Condition primaryCondition() {
        if (!at(Token.Type.LPAREN)) {
            return comparison();
        }
        return choose(() -> parenthesized(this::condition), this::comparison);
    }

    private Condition comparison() {
        Operand subject = operand();
        Token token = peek();
        switch (token.type()) {
            case EQ: case NE: case LT: case LE: case GT: case GE:
                next();
                return new Condition.Comparison(token, subject, operand());
            case BETWEEN: {
                next();
                Operand lower = operand();
                expect(Token.Type.AND);
                return new Condition.Between(subject, lower, operand());
            }
            case IN: {
                next();
                expect(Token.Type.LPAREN);
                List<Operand> candidates = operandList();
                expect(Token.Type.RPAREN);
                return new Condition.In(subject, candidates);
            }
            default:
                if (subject instanceof FunctionCall call && !parenthesized.contains(call)) {
                    return new Condition.Function(call);
                }
                throw fail();
        }
    }

    // ---- operands ----

    private Operand operand() {
        Token token = peek();
        switch (token.type()) {
            case VALUE_PLACEHOLDER:
                next();
                return new ValueOperand(token);
            case LPAREN:
                return parenthesized(this::operand);
            case IDENTIFIER:
                return peekAhead(1).is(Token.Type.LPAREN) ? functionCall() : path();
            case NAME_PLACEHOLDER:
                return path();
            default:
                throw fail();
        }
    }

    private FunctionCall functionCall() {
        Token name = next();
        expect(Token.Type.LPAREN);
        List<Operand> arguments = operandList();
        expect(Token.Type.RPAREN);
        return new FunctionCall(name, arguments);
    }

    private List<Operand> operandList() {
        List<Operand> operands = new ArrayList<>();
        operands.add(operand());
        while (at(Token.Type.COMMA)) {
            next();
            operands.add(operand());
        }
        return operands;
    }

    private PathOperand path() {
        List<PathOperand.Step> steps = new ArrayList<>();
        steps.add(new PathOperand.Step(nameToken(), false));
        while (at(Token.Type.DOT) || at(Token.Type.LBRACKET)) {
            if (next().is(Token.Type.DOT)) {
                steps.add(new PathOperand.Step(nameToken(), false));
            } else {
                Token index = expect(Token.Type.NUMBER);
                expect(Token.Type.RBRACKET);
                steps.add(new PathOperand.Step(index, true));
            }
        }
        return new PathOperand(steps);
    }

    private Token nameToken() {
        if (at(Token.Type.IDENTIFIER) || at(Token.Type.NAME_PLACEHOLDER)) {
            return next();
        }
        throw fail();
    }

    /**
     * Reads "( inner )". Two parentheses straight around the same thing are refused as soon as the outer one
     * closes, before any later syntax error, as the service does; a KeyConditionExpression is the exception,
     * the service accepts {@code ((pk = :v))} there.
     */
    private <T> T parenthesized(Supplier<T> inner) {
        enterNesting();
        expect(Token.Type.LPAREN);
        T node = inner.get();
        expect(Token.Type.RPAREN);
        nesting--;
        if (!parenthesized.add(node) && kind != ExpressionKind.KEY_CONDITION) {
            throw kind.invalid("The expression has redundant parentheses;");
        }
        return node;
    }

    // ---- updates ----

    private List<UpdateClause> update() {
        List<UpdateClause> clauses = new ArrayList<>();
        do {
            UpdateAction.Clause clause = clauseOf(peek());
            next();
            List<UpdateAction> actions = new ArrayList<>();
            actions.add(updateAction(clause));
            while (at(Token.Type.COMMA)) {
                next();
                actions.add(updateAction(clause));
            }
            clauses.add(new UpdateClause(clause, actions));
        } while (!at(Token.Type.END));
        return clauses;
    }

    private UpdateAction.Clause clauseOf(Token keyword) {
        switch (keyword.type()) {
            case SET: return UpdateAction.Clause.SET;
            case REMOVE: return UpdateAction.Clause.REMOVE;
            case ADD: return UpdateAction.Clause.ADD;
            case DELETE: return UpdateAction.Clause.DELETE;
            default: throw fail();
        }
    }

    private UpdateAction updateAction(UpdateAction.Clause clause) {
        PathOperand path = path();
        switch (clause) {
            case SET:
                expect(Token.Type.EQ);
                return new UpdateAction(clause, path, setValue());
            case REMOVE:
                return new UpdateAction(clause, path, null);
            default:
                return new UpdateAction(clause, path, new ValueOperand(expect(Token.Type.VALUE_PLACEHOLDER)));
        }
    }

    private Operand setValue() {
        if (!at(Token.Type.LPAREN)) {
            return arithmeticOrOperand();
        }
        return choose(() -> parenthesized(this::setValue), this::arithmeticOrOperand);
    }

    private Operand arithmeticOrOperand() {
        Operand left = operand();
        if (at(Token.Type.PLUS) || at(Token.Type.MINUS)) {
            Token operator = next();
            return new Arithmetic(operator, left, operand());
        }
        return left;
    }

    // ---- projections ----

    private List<PathOperand> projection() {
        List<PathOperand> paths = new ArrayList<>();
        paths.add(path());
        while (at(Token.Type.COMMA)) {
            next();
            paths.add(path());
        }
        return paths;
    }

    // ---- token stream ----

    /** Tries the first reading, then the second; when both fail, the one that read further is reported. */
    private <T> T choose(Supplier<T> first, Supplier<T> second) {
        int start = position;
        int startNesting = nesting;
        try {
            return first.get();
        } catch (SyntaxError firstError) {
            position = start;
            nesting = startNesting;
            try {
                return second.get();
            } catch (SyntaxError secondError) {
                throw secondError.tokenIndex > firstError.tokenIndex ? secondError : firstError;
            }
        }
    }

    private void enterNesting() {
        if (++nesting > MAX_NESTING) {
            throw fail();
        }
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token peekAhead(int offset) {
        return tokens.get(Math.min(position + offset, tokens.size() - 1));
    }

    private boolean at(Token.Type type) {
        return peek().is(type);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (!token.is(Token.Type.END)) {
            position++;
        }
        return token;
    }

    private Token expect(Token.Type type) {
        if (!at(type)) {
            throw fail();
        }
        return next();
    }

    private SyntaxError fail() {
        return new SyntaxError(position);
    }

    /** Where reading stopped; turned into the service's message once no other reading can continue. */
    private static final class SyntaxError extends RuntimeException {
        private final int tokenIndex;

        SyntaxError(int tokenIndex) {
            super(null, null, false, false);
            this.tokenIndex = tokenIndex;
        }
    }
}
