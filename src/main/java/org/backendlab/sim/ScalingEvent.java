package org.backendlab.sim;

/**
 * An autoscaler decision: when, which node, what, the instance count (running + booting) before and
 * after, and the mean CPU over its window against the target.
 */
public record ScalingEvent(double time, String node, ScalingAction action, int instancesBefore, int instancesAfter,
                           double cpu, double targetCpu) {
}
