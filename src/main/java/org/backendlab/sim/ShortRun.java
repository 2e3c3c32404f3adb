package org.backendlab.sim;

import java.util.Optional;

/**
 * A run too short for its load to be near steady state: its busiest server node ({@code node}, CPU
 * {@code utilization} over the measured span) completed fewer calls than {@code needed}, the count at
 * which the mean time of a single-core queue at that load is within about 20% of its long-run value
 * (95% of runs): 1.96^2 x 2(1 + rho) / (0.2^2 (1 - rho)^2) (shared/reference/queueing.md). A run starts
 * empty, so a short run at high load usually reports times below the long-run ones, and varies a lot.
 */
public record ShortRun(String node, double utilization, long completions, long needed) {

    /** Below this CPU share a run settles within a few hundred calls: no warning. */
    static final double HIGH_LOAD = 0.5;
    /** Loads above this are treated as this, so an overloaded node still gets a finite count. */
    static final double CAP = 0.98;
    static final double HALF_WIDTH = 0.2;

    /** Completions needed at a node this busy. */
    public static long needed(double utilization) {
        double rho = Math.min(CAP, Math.max(0, utilization));
        return (long) Math.ceil(1.96 * 1.96 * 2 * (1 + rho) / (HALF_WIDTH * HALF_WIDTH * (1 - rho) * (1 - rho)));
    }

    /** The warning for a run's totals, if its busiest server node is busy and completed too few calls. */
    public static Optional<ShortRun> check(MetricsSnapshot metrics) {
        NodeMetrics busiest = null;
        for (NodeMetrics m : metrics.nodes().values()) {
            if (m.kind().hasCapacity() && (busiest == null || m.total().utilization() > busiest.total().utilization())) {
                busiest = m;
            }
        }
        if (busiest == null || busiest.total().utilization() < HIGH_LOAD) {
            return Optional.empty();
        }
        double rho = busiest.total().utilization();
        long completions = busiest.total().completed();
        long needed = needed(rho);
        return completions >= needed ? Optional.empty()
                : Optional.of(new ShortRun(busiest.id(), rho, completions, needed));
    }
}
