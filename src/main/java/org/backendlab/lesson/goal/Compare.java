package org.backendlab.lesson.goal;

import java.util.Objects;

/** A comparison with a target value: above / below / at least / at most a number, or equal to a value. */
public record Compare(Op op, Object target) {

    /** The comparison, as written in files ({@code "above": 0.8}). */
    public enum Op { ABOVE, BELOW, AT_LEAST, AT_MOST, EQUALS }

    public boolean test(Object value) {
        if (op == Op.EQUALS) {
            if (value instanceof Number a && target instanceof Number b) {
                return Math.abs(a.doubleValue() - b.doubleValue()) < 1e-9;
            }
            return Objects.equals(value, target);
        }
        if (!(value instanceof Number n) || !(target instanceof Number t) || Double.isNaN(n.doubleValue())) {
            return false;
        }
        double v = n.doubleValue();
        double x = t.doubleValue();
        return switch (op) {
            case ABOVE -> v > x;
            case BELOW -> v < x;
            case AT_LEAST -> v >= x - 1e-9;
            case AT_MOST -> v <= x + 1e-9;
            case EQUALS -> false;
        };
    }

    /** "under 200 ms" with the target formatted by a unit pattern key (e.g. "unit.ms"). */
    public Words describe(String unitKey) {
        Object shown = target instanceof Number n ? GoalWords.of(unitKey, scaled(unitKey, n)) : Words.same(String.valueOf(target));
        return GoalWords.of("op." + op.name(), shown);
    }

    /** Shares (0-1) are shown as percent. */
    static Number scaled(String unitKey, Number n) {
        return "unit.percent".equals(unitKey) ? n.doubleValue() * 100 : n;
    }
}
