package org.backendlab.model;

/**
 * Autoscaling settings of a server node: keep mean CPU near {@code targetCpu} (0-1) by starting or
 * stopping instances between {@code min} and {@code max}, at most once per {@code cooldownSeconds};
 * a new instance takes {@code bootSeconds} before it serves. The autoscaler checks every few seconds and
 * starts an instance only after {@code evaluationPeriods} checks in a row above the target, and stops one
 * only after {@code scaleInPeriods} checks in a row below half of it. A period count of 0 (what a file
 * without that field gives) means the default.
 */
public record Autoscaling(boolean enabled, double targetCpu, int min, int max,
                          double cooldownSeconds, double bootSeconds, int evaluationPeriods, int scaleInPeriods) {

    /** Checks in a row above target before scaling out: a 10 s burst can cover at most 3 of them. */
    public static final int DEFAULT_EVALUATION_PERIODS = 4;
    /** Checks in a row well below target before scaling in: a longer calm than scaling out needs. */
    public static final int DEFAULT_SCALE_IN_PERIODS = 12;

    public Autoscaling {
        if (evaluationPeriods == 0) {
            evaluationPeriods = DEFAULT_EVALUATION_PERIODS;
        }
        if (scaleInPeriods == 0) {
            scaleInPeriods = DEFAULT_SCALE_IN_PERIODS;
        }
    }

    public static Autoscaling off() {
        return new Autoscaling(false, 0.6, 1, 6, 30, 20, DEFAULT_EVALUATION_PERIODS, DEFAULT_SCALE_IN_PERIODS);
    }

    public Autoscaling withEnabled(boolean on) {
        return new Autoscaling(on, targetCpu, min, max, cooldownSeconds, bootSeconds, evaluationPeriods, scaleInPeriods);
    }

    public Autoscaling withPeriods(int scaleOut, int scaleIn) {
        return new Autoscaling(enabled, targetCpu, min, max, cooldownSeconds, bootSeconds, scaleOut, scaleIn);
    }
}
