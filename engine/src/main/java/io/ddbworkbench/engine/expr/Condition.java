package io.ddbworkbench.engine.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition tree. Precedence is the service's: comparisons, BETWEEN, IN and functions bind tightest, then
 * NOT, then AND, then OR; parentheses group.
 */
public sealed interface Condition {

    /** The conditions directly below this one: both sides of AND/OR, the operand of NOT; none otherwise. */
    default List<Condition> subconditions() {
        return List.of();
    }

    /** The operands of a comparison, BETWEEN, IN or function condition, in written order. */
    default List<Operand> operands() {
        return List.of();
    }

    /** {@code a = b}, {@code a <> b}, {@code a < b}, {@code a <= b}, {@code a > b}, {@code a >= b}. */
    record Comparison(Token operator, Operand left, Operand right) implements Condition {
        @Override
        public List<Operand> operands() {
            return List.of(left, right);
        }
    }

    /** {@code a BETWEEN low AND high}. */
    record Between(Operand subject, Operand lower, Operand upper) implements Condition {
        @Override
        public List<Operand> operands() {
            return List.of(subject, lower, upper);
        }
    }

    /** {@code a IN (b, c, ...)}. */
    record In(Operand subject, List<Operand> candidates) implements Condition {
        public In {
            candidates = List.copyOf(candidates);
        }

        @Override
        public List<Operand> operands() {
            List<Operand> operands = new ArrayList<>(candidates.size() + 1);
            operands.add(subject);
            operands.addAll(candidates);
            return operands;
        }
    }

    /** A function that is itself a condition: attribute_exists, begins_with, contains, ... */
    record Function(FunctionCall call) implements Condition {
        @Override
        public List<Operand> operands() {
            return List.of(call);
        }
    }

    record And(Condition left, Condition right) implements Condition {
        @Override
        public List<Condition> subconditions() {
            return List.of(left, right);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        @Override
        public List<Condition> subconditions() {
            return List.of(left, right);
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public List<Condition> subconditions() {
            return List.of(operand);
        }
    }
}
