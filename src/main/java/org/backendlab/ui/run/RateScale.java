package org.backendlab.ui.run;

/**
 * The traffic slider's logarithmic scale: slider position 0-1 maps to 1-20,000 requests per second, so
 * that 10, 100 and 1,000 req/s are as easy to pick as 10,000.
 */
public final class RateScale {

    public static final double MIN_RATE = 1;
    public static final double MAX_RATE = 20_000;
    /** One step of the slider by keyboard (arrow keys, Up/Down in presentation). */
    public static final double NOTCH = 0.02;
    private static final double SPAN = Math.log10(MAX_RATE / MIN_RATE);

    private RateScale() {
    }

    /** The rate at a slider position, rounded to a number a person would pick (2 significant digits). */
    public static double rateAt(double position) {
        double p = Math.max(0, Math.min(1, position));
        return roundNicely(MIN_RATE * Math.pow(10, p * SPAN));
    }

    /** The slider position of a rate. */
    public static double positionOf(double rate) {
        double r = Math.max(MIN_RATE, Math.min(MAX_RATE, rate));
        return Math.log10(r / MIN_RATE) / SPAN;
    }

    /** The next rate a notch up (+1) or down (-1) from {@code rate} that differs from it, within the scale. */
    public static double nudge(double rate, int direction) {
        double position = positionOf(rate);
        for (int i = 1; i <= 50; i++) {
            double next = rateAt(position + direction * NOTCH * i);
            if (next != rate || position + direction * NOTCH * i <= 0 || position + direction * NOTCH * i >= 1) {
                return next;
            }
        }
        return rate;
    }

    static double roundNicely(double rate) {
        if (rate < 10) {
            return Math.round(rate);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rate)) - 1);
        return Math.min(MAX_RATE, Math.round(rate / magnitude) * magnitude);
    }
}
