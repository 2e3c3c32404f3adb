package org.backendlab.ui.text;

import java.util.Locale;

/** Numbers as the UI shows them: few digits, the same in both languages. */
public final class Numbers {

    private Numbers() {
    }

    /** Milliseconds: one decimal below 10, whole numbers above ("<0.1", "2.4", "180", "1,250"). */
    public static String ms(double ms) {
        if (Double.isNaN(ms)) {
            return "\u2013";
        }
        if (ms > 0 && ms < 0.05) {
            return "<0.1";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%,d", Math.round(ms));
    }

    /** A rate or count: whole numbers with thousands separators. */
    public static String whole(double value) {
        if (Double.isNaN(value)) {
            return "\u2013";
        }
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    /**
     * A number for a small dial: at most four characters of digits ("950", "9,999", "191k", "1.9M"), so a
     * value never spills out of the gauge's ring.
     */
    public static String compact(double value) {
        if (Double.isNaN(value)) {
            return "\u2013";
        }
        double v = Math.abs(value);
        if (v < 10_000) {
            return whole(value);
        }
        if (v < 999_500) {
            return Math.round(value / 1000) + "k";
        }
        return String.format(Locale.ROOT, "%.1fM", value / 1_000_000);
    }

    /** A share 0-1 as a whole percentage without the sign. */
    public static String percent(double share) {
        if (Double.isNaN(share)) {
            return "\u2013";
        }
        return String.valueOf(Math.round(share * 100));
    }

    /** Seconds with one decimal. */
    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    /** Dollars with two decimals. */
    public static String dollars(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }
}
