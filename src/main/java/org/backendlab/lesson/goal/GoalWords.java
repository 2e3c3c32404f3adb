package org.backendlab.lesson.goal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.backendlab.model.Diagram;
import org.backendlab.model.NodeKind;

/**
 * Phrases for goal clauses in English and Korean, from {@code i18n/goals*.properties}: a pattern key and
 * arguments give {@link Words}; arguments that are {@link Words} are filled in per language.
 */
public final class GoalWords {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.goals", Locale.ROOT, NO_FALLBACK);
    private static final ResourceBundle KO = ResourceBundle.getBundle("i18n.goals", Locale.KOREAN, NO_FALLBACK);

    private GoalWords() {
    }

    public static Words of(String key, Object... args) {
        return new Words(format(EN, Locale.ENGLISH, key, args, false), format(KO, Locale.KOREAN, key, args, true));
    }

    /** True when the bundles have the key (some words are optional, e.g. friendly names of fields). */
    public static boolean has(String key) {
        return EN.containsKey(key) && KO.containsKey(key);
    }

    private static String format(ResourceBundle bundle, Locale locale, String key, Object[] args, boolean ko) {
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            filled[i] = a instanceof Words w ? (ko ? w.ko() : w.en()) : a instanceof Number n ? number(n) : String.valueOf(a);
        }
        return new MessageFormat(bundle.getString(key).replace("'", "''"), locale).format(filled);
    }

    /** A number as a learner reads it: up to two decimals, no grouping surprises. */
    static String number(Number n) {
        double v = n.doubleValue();
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    public static Words kind(NodeKind kind) {
        return of("kind." + kind.name());
    }

    /** A node or kind named by a selector: the node's label, or the kind's name. */
    public static Words node(Selector selector, Diagram diagram) {
        if (selector.isKind()) {
            return kind(selector.kind());
        }
        return Words.same(diagram.node(selector.value()).map(n -> n.label()).orElse(selector.value()));
    }
}
