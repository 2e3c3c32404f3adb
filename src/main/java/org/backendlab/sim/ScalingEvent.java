package org.backendlab.sim;

/**
 * An autoscaler decision: when, which node, what, the instance count (running + booting) before and
 * after, and the mean CPU of the check behind it against the target. {@code checksInARow} is how many
 * checks in a row (each {@code checkSeconds} long) were above the target (scale out, held, at maximum,
 * a brief rise ignored) or below half of it (scale in), and {@code checksNeeded} the setting that many
 * had to reach, so the decision can be told as "CPU above 60% for 4 checks in a row"; both are 0 for
 * an instance that finished booting. For a brief rise, {@code cpu} is the highest check of the rise.
 */
public record ScalingEvent(double time, String node, ScalingAction action, int instancesBefore, int instancesAfter,
                           double cpu, double targetCpu, int checksInARow, int checksNeeded, double checkSeconds) {
}
