package org.backendlab.ui.run;

/**
 * How fast simulated time runs against the wall clock; {@link #stepSeconds()} is how far the step button
 * moves a paused simulation.
 */
public enum Speed {
    SLOW(0.2),
    NORMAL(1),
    FAST(5),
    FAST_FORWARD(30);

    private final double factor;

    Speed(double factor) {
        this.factor = factor;
    }

    /** Simulated seconds per wall-clock second. */
    public double factor() {
        return factor;
    }

    /** Simulated seconds one press of "step" advances: a tenth of a second at normal speed. */
    public double stepSeconds() {
        return 0.1 * factor;
    }
}
