package org.backendlab.sim;

/**
 * One step of a request's story, in simulated seconds. {@code peer} is the other node of a hop or call,
 * {@code instance} the 0-based instance, {@code until} the end of a timed step (travel, work), {@code rule}
 * the 1-based firewall rule for {@link StepKind#ALLOWED}, {@code failure} set only for {@link StepKind#FAIL}.
 */
public record Step(double time, StepKind kind, String node, String peer, int instance, double until,
                   int rule, Failure failure) {
}
