package org.backendlab.model;

/**
 * Autoscaling settings of a server node: keep mean CPU near {@code targetCpu} (0-1) by starting or
 * stopping instances between {@code min} and {@code max}, at most once per {@code cooldownSeconds};
 * a new instance takes {@code bootSeconds} before it serves.
 */
public record Autoscaling(boolean enabled, double targetCpu, int min, int max,
                          double cooldownSeconds, double bootSeconds) {

    public static Autoscaling off() {
        return new Autoscaling(false, 0.6, 1, 6, 30, 20);
    }

    public Autoscaling withEnabled(boolean on) {
        return new Autoscaling(on, targetCpu, min, max, cooldownSeconds, bootSeconds);
    }
}
